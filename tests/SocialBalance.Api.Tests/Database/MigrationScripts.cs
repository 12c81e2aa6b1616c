using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Tests.Database;

/// <summary>A migration script as embedded in the API assembly: its file name and its text.</summary>
internal sealed record SqlScript(string FileName, string Text);

/// <summary>Reads the migrations from the API assembly, i.e. exactly what DbUp applies.</summary>
internal static class MigrationScripts
{
    public static IReadOnlyList<SqlScript> Read(DatabaseProvider provider) =>
        MigrationRunner.ScriptNames(provider).Select(ReadResource).ToList();

    public static SqlScript ReadResource(string resourceName)
    {
        using var stream = typeof(MigrationRunner).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"No embedded resource {resourceName}.");
        using var reader = new StreamReader(stream);
        return new SqlScript(FileName(resourceName), reader.ReadToEnd());
    }

    /// <summary>"SocialBalance.Api.db.sqlserver.0001_reference_schema.sql" → "0001_reference_schema.sql".</summary>
    public static string FileName(string resourceName)
    {
        const string marker = ".db.";
        var folderStart = resourceName.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var fileStart = resourceName.IndexOf('.', folderStart) + 1;
        return resourceName[fileStart..];
    }
}
