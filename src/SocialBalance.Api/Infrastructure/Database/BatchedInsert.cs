using System.Data.Common;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>
/// Inserts rows <see cref="Chunk"/> at a time with one multi-row INSERT prepared once, and the last few with a
/// one-row INSERT prepared once. On SQL Server that is one round trip per chunk instead of per row, the chunk
/// kept under its 2,100 parameters. On SQLite there is no round trip to save, and binding a parameter by name is
/// a linear search of the statement's names, so a wide multi-row statement is slower than a one-row statement
/// reused: there the chunk is one row (measured in bench/: 100,000 rows took 14 s as 100-row statements).
/// </summary>
public sealed class BatchedInsert : IAsyncDisposable
{
    public const int MaxParameters = 2000;

    private readonly PreparedStatement single;
    private readonly PreparedStatement multi;
    private readonly List<object?[]> pending;

    // [row within the statement][parameter of the row], resolved once: binding by name per value would build
    // 1.4 million parameter names for 100,000 rows.
    private readonly DbParameter[][] singleSlots;
    private readonly DbParameter[][] multiSlots;
    private readonly object?[]?[] lastBound;

    private BatchedInsert(StatementParameter[] row, PreparedStatement single, PreparedStatement multi, int chunk)
    {
        this.single = single;
        this.multi = multi;
        Chunk = chunk;
        pending = new List<object?[]>(chunk);
        singleSlots = Slots(single, row, 1);
        multiSlots = Slots(multi, row, chunk);
        lastBound = new object?[]?[1];
    }

    public int Chunk { get; }

    /// <summary>The rows per multi-row statement for a row of <paramref name="parameters"/> values.</summary>
    public static int ChunkFor(int parameters, DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? 1 : Math.Min(100, MaxParameters / parameters);

    /// <summary>
    /// <c>INSERT INTO t (columns) VALUES (@A0, @B0), (@A1, @B1), …</c>: the row's parameters numbered per row.
    /// The SQL lives with its queries class; this only repeats its VALUES tuple.
    /// </summary>
    public static string Sql(string into, IReadOnlyList<StatementParameter> row, int rows) =>
        into + "\nVALUES " + string.Join(",\n       ", Enumerable.Range(0, rows)
            .Select(i => "(" + string.Join(", ", row.Select(p => $"@{p.Name}{i}")) + ")"));

    public static BatchedInsert Create(DbConnection connection, DbTransaction transaction, string into, StatementParameter[] row, DatabaseProvider provider)
    {
        var chunk = ChunkFor(row.Length, provider);
        var single = PreparedStatement.Create(connection, transaction, Sql(into, row, 1), Numbered(row, 1));
        var multi = PreparedStatement.Create(connection, transaction, Sql(into, row, chunk), Numbered(row, chunk));
        return new BatchedInsert(row, single, multi, chunk);
    }

    /// <summary>Queues one row, its values in the order of the row's parameters; sends a chunk when one is full.</summary>
    public async Task AddAsync(object?[] values, CancellationToken ct)
    {
        pending.Add(values);
        if (pending.Count == Chunk)
        {
            for (var i = 0; i < pending.Count; i++)
            {
                Bind(multiSlots[i], pending[i], previous: null);
            }

            await multi.ExecuteAsync(ct);
            pending.Clear();
        }
    }

    /// <summary>Sends the rows still queued; call before the transaction commits.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        foreach (var values in pending)
        {
            Bind(singleSlots[0], values, lastBound[0]);
            lastBound[0] = values;
            await single.ExecuteAsync(ct);
        }

        pending.Clear();
    }

    /// <summary>Binds a row; a value equal to the one bound before (the import's time, its organisation) stays bound.</summary>
    private static void Bind(DbParameter[] slots, object?[] values, object?[]? previous)
    {
        for (var p = 0; p < slots.Length; p++)
        {
            if (previous is null || !Equals(previous[p], values[p]))
            {
                PreparedStatement.Bind(slots[p], values[p]);
            }
        }
    }

    private static DbParameter[][] Slots(PreparedStatement statement, StatementParameter[] row, int rows) =>
        Enumerable.Range(0, rows)
            .Select(i => row.Select(p => statement.Parameter(p.Name + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray())
            .ToArray();

    private static StatementParameter[] Numbered(StatementParameter[] row, int rows) =>
        Enumerable.Range(0, rows).SelectMany(i => row.Select(p => p with { Name = p.Name + i.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToArray();

    public async ValueTask DisposeAsync()
    {
        await single.DisposeAsync();
        await multi.DisposeAsync();
    }
}
