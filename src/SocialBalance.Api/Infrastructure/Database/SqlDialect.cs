namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>
/// The one place where SQLite and T-SQL differ. Queries are written portably and ask the dialect
/// only for what cannot be portable.
/// </summary>
public abstract class SqlDialect
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Appends paging to a query that already ends in ORDER BY. Uses @Skip and @Take.</summary>
    public abstract string Page(string orderedQuery);

    /// <summary>An INSERT that answers the new row's identity: <c>RETURNING id</c> vs <c>OUTPUT INSERTED.id</c>.</summary>
    /// <param name="into">"INSERT INTO table (columns)"</param>
    /// <param name="values">"VALUES (...)"</param>
    public abstract string InsertReturningId(string into, string values);

    /// <summary>
    /// A table read inside a write transaction, locked until commit so no one writes the rows read in between:
    /// SQL Server takes update locks with a range lock; SQLite's write transaction (BEGIN IMMEDIATE) already
    /// excludes every other writer.
    /// </summary>
    public abstract string LockedForUpdate(string table);

    /// <summary>
    /// A table read inside a write transaction whose rows must stay as read until commit, while other writers may
    /// read them too (a key's permissions): SQL Server holds shared range locks; SQLite's write transaction already
    /// excludes every other writer.
    /// </summary>
    public abstract string LockedForShare(string table);

    /// <summary>
    /// A code column as a sort key that orders codes byte by byte, as SQLite does. A SQL Server database's own
    /// collation need not: a Danish one sorts <c>aa</c> as <c>å</c>, after <c>z</c>, and Windows collations
    /// pass over hyphens.
    /// </summary>
    public abstract string CodeOrder(string column);

    /// <summary>
    /// <paramref name="column"/> is one of the ids in <paramref name="jsonArray"/>, a parameter holding a JSON array
    /// (<see cref="IdArray"/>): one parameter for a thousand ids, where a parameter each would cost SQLite a search
    /// of every name per name bound, and SQL Server a plan per list length.
    /// </summary>
    public abstract string IdIn(string column, string jsonArray);

    /// <summary>The ids as a JSON array, the value of the parameter <see cref="IdIn"/> reads.</summary>
    public static string IdArray(IEnumerable<long> ids) =>
        "[" + string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";

    public virtual Dapper.DbString Code(string value) =>
        new() { Value = value, IsAnsi = true, IsFixedLength = false, Length = 64 };

    public IEnumerable<Dapper.DbString> Codes(IEnumerable<string> values) => values.Select(Code);

    public static SqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteDialect(),
        DatabaseProvider.SqlServer => new SqlServerDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}

public sealed class SqliteDialect : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string Page(string orderedQuery) => orderedQuery + "\nLIMIT @Take OFFSET @Skip";

    public override string InsertReturningId(string into, string values) => $"{into}\n{values}\nRETURNING id";

    public override string LockedForUpdate(string table) => table;

    public override string LockedForShare(string table) => table;

    public override string CodeOrder(string column) => column;

    public override string IdIn(string column, string jsonArray) => $"{column} IN (SELECT value FROM json_each({jsonArray}))";
}

public sealed class SqlServerDialect : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override string Page(string orderedQuery) =>
        orderedQuery + "\nOFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY";

    // OUTPUT without INTO is refused on a table with triggers (the change counters of 0014), so the id goes
    // through a table variable on every table alike.
    public override string InsertReturningId(string into, string values) =>
        $"DECLARE @inserted TABLE (id bigint);\n{into}\nOUTPUT INSERTED.id INTO @inserted\n{values};\nSELECT id FROM @inserted;";

    public override string LockedForUpdate(string table) => $"{table} WITH (UPDLOCK, HOLDLOCK)";

    public override string LockedForShare(string table) => $"{table} WITH (HOLDLOCK)";

    public override string CodeOrder(string column) => $"{column} COLLATE Latin1_General_100_BIN2";

    public override string IdIn(string column, string jsonArray) => $"{column} IN (SELECT CAST(value AS bigint) FROM OPENJSON({jsonArray}))";
}
