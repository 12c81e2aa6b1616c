using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>
/// SQLite has no date type: timestamps are stored as UTC ISO-8601 text with a fixed width, so that
/// text order is time order. SQL Server keeps its native datetimeoffset.
/// </summary>
public sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public const string SqliteFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.UtcDateTime.ToString(SqliteFormat, CultureInfo.InvariantCulture);
        }
        else
        {
            parameter.DbType = DbType.DateTimeOffset;
            parameter.Value = value;
        }
    }

    public override DateTimeOffset Parse(object value) => FromDatabase(value);

    /// <summary>A timestamp as either database returns it, for readers that map columns by hand.</summary>
    public static DateTimeOffset FromDatabase(object value) => value switch
    {
        DateTimeOffset dto => dto,
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => throw new DataException($"Cannot read a timestamp from {value.GetType().Name}."),
    };

    private static int registered;

    /// <summary>Registers the handlers once per process (Dapper's maps are global).</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        // Dapper maps DateTimeOffset itself unless the built-in map is removed first.
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }
}
