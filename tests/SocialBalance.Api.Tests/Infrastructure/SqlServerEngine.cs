using Microsoft.Data.SqlClient;

namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>
/// Which engine answers at <c>SOCIALBALANCE_TEST_SQLSERVER</c>, read from <c>@@VERSION</c>: a SQL Server, or a
/// stand-in that speaks its protocol (Babelfish for PostgreSQL), whose documented differences a few tests must
/// know about to say why they cannot prove something there.
/// </summary>
public static class SqlServerEngine
{
    private static readonly Lazy<string> Version = new(ReadVersion);

    /// <summary>The first line of <c>@@VERSION</c>.</summary>
    public static string Name => Version.Value;

    /// <summary>Babelfish accepts UPDLOCK, HOLDLOCK and the other table hints but takes no locks with them.</summary>
    public static bool TakesNoLocks => Name.Contains("Babelfish", StringComparison.OrdinalIgnoreCase);

    private static string ReadVersion()
    {
        var server = Environment.GetEnvironmentVariable(SqlServerTestDatabase.EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            return "none";
        }

        using var connection = new SqlConnection(new SqlConnectionStringBuilder(server) { InitialCatalog = "master", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT @@VERSION";
        var version = (string)command.ExecuteScalar()!;
        return version.Split('\n')[0].Trim();
    }
}
