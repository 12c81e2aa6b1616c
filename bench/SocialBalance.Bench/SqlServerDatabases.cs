using Microsoft.Data.SqlClient;

namespace SocialBalance.Bench;

/// <summary>
/// Throw-away databases on one SQL Server (or the stand-in), named per run and dropped afterwards. Names are
/// lower-case: the stand-in stores them so and compares some of them case-sensitively. Shared by both benches
/// (the load bench compiles this file too), each naming its databases with its own <paramref name="prefix"/>.
/// </summary>
public sealed class SqlServerDatabases(string serverConnectionString, string prefix = "socialbalance_bench")
{
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// Creates an empty database of this run and answers a connection string to it; whoever uses it migrates it
    /// (the service does at start). Created here rather than by the migration, because on the stand-in a CREATE
    /// DATABASE fails now and then ("tuple concurrently updated") while another client creates or drops one, and
    /// only a retry gets past that.
    /// </summary>
    public string Create(string purpose)
    {
        var name = $"{prefix}_{run}_{purpose}".ToLowerInvariant();
        RunOnMaster($"IF DB_ID(@Name) IS NULL CREATE DATABASE {name};", name);
        return new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = name }.ConnectionString;
    }

    /// <summary>
    /// Drops the database a connection string names, with a plain DROP (the stand-in has no ALTER DATABASE): this
    /// process's pooled connections are cleared first, and a session closed a moment ago may still be ending.
    /// </summary>
    public void Drop(string connectionString)
    {
        var name = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        SqlConnection.ClearAllPools();
        RunOnMaster("""
            IF DB_ID(@Name) IS NOT NULL
            BEGIN
                DECLARE @sql nvarchar(400) = N'DROP DATABASE ' + QUOTENAME(@Name) + N';';
                EXEC sp_executesql @sql;
            END
            """, name);
    }

    private void RunOnMaster(string sql, string name)
    {
        var master = new SqlConnectionStringBuilder(serverConnectionString) { InitialCatalog = "master", Pooling = false };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new SqlConnection(master.ConnectionString);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.Parameters.AddWithValue("@Name", name);
                command.ExecuteNonQuery();
                return;
            }
            catch (SqlException) when (attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }
}
