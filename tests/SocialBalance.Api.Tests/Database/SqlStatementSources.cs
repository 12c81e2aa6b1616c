using System.Reflection;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Database;

/// <summary>Finds every <see cref="ISqlStatementSource"/> in the API assembly, so a new one is checked without listing it.</summary>
internal static class SqlStatementSources
{
    public static Assembly ApiAssembly => typeof(ISqlStatementSource).Assembly;

    public static IReadOnlyList<Type> All { get; } = ApiAssembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }
            && typeof(ISqlStatementSource).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToList();

    public static Type Named(string fullName) =>
        ApiAssembly.GetType(fullName, throwOnError: true)!;

    /// <summary>Calls the static abstract member through a generic method, the way the compiler dispatches it.</summary>
    public static IReadOnlyList<string> Statements(Type source, SqlDialect dialect) =>
        (IReadOnlyList<string>)StatementsOfMethod.MakeGenericMethod(source).Invoke(null, [dialect])!;

    private static readonly MethodInfo StatementsOfMethod =
        typeof(SqlStatementSources).GetMethod(nameof(StatementsOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static IReadOnlyList<string> StatementsOf<T>(SqlDialect dialect)
        where T : ISqlStatementSource => T.Statements(dialect).ToList();
}
