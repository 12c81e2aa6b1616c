using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>A parameter of a prepared statement: its name (without @), type and, for text, its column size.</summary>
public sealed record StatementParameter(string Name, DbType Type, int Size = 0)
{
    /// <summary>A code column: varchar(64) on SQL Server, so its indexes are used.</summary>
    public static StatementParameter Code(string name) => new(name, DbType.AnsiString, 64);

    public static StatementParameter Text(string name, int size) => new(name, DbType.String, size);

    public static StatementParameter Number(string name) => new(name, DbType.Double);

    public static StatementParameter Integer(string name) => new(name, DbType.Int32);

    public static StatementParameter Id(string name) => new(name, DbType.Int64);

    public static StatementParameter Flag(string name) => new(name, DbType.Boolean);

    public static StatementParameter Time(string name) => new(name, DbType.DateTimeOffset);
}

/// <summary>
/// One statement compiled once and run many times with new values, inside one transaction: the bulk write
/// path, where Dapper's per-call command creation would parse the same SQL 100,000 times on SQLite.
/// </summary>
public sealed class PreparedStatement : IAsyncDisposable
{
    private readonly DbCommand command;
    private readonly Dictionary<string, DbParameter> parameters = new(StringComparer.Ordinal);

    private PreparedStatement(DbCommand command) => this.command = command;

    public static PreparedStatement Create(DbConnection connection, DbTransaction transaction, string sql, params StatementParameter[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var statement = new PreparedStatement(command);
        foreach (var p in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + p.Name;
            parameter.DbType = p.Type;
            if (p.Size > 0)
            {
                parameter.Size = p.Size;
            }
            else if (parameter is SqlParameter time && p.Type == DbType.DateTimeOffset)
            {
                // SqlCommand.Prepare refuses a variable-length parameter without a size, and it counts
                // datetimeoffset as one (its scale varies). The scale is what goes on the wire; SQLite gets no
                // size, because it would cut the timestamp text to it.
                time.Scale = 7;
                time.Size = 10;
            }

            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
            statement.parameters[p.Name] = parameter;
        }

        command.Prepare();
        return statement;
    }

    private static readonly DateTimeOffsetHandler TimeHandler = new();

    public PreparedStatement Set(string name, object? value)
    {
        Bind(parameters[name], value);
        return this;
    }

    /// <summary>The parameter itself, for callers that bind the same slots 100,000 times.</summary>
    public DbParameter Parameter(string name) => parameters[name];

    public static void Bind(DbParameter parameter, object? value)
    {
        if (value is DateTimeOffset time)
        {
            // The same text form as Dapper writes on SQLite, so ordering by time stays text ordering.
            TimeHandler.SetValue(parameter, time);
        }
        else
        {
            parameter.Value = value ?? DBNull.Value;
        }
    }

    public Task<int> ExecuteAsync(CancellationToken ct) => command.ExecuteNonQueryAsync(ct);

    public Task<object?> ScalarAsync(CancellationToken ct) => command.ExecuteScalarAsync(ct);

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
