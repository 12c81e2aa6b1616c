using System.Data.Common;
using System.Globalization;

namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>A column of a row statement: its parameter beside the value it takes from a row, so the two cannot drift apart.</summary>
public sealed record RowColumn<TRow>(StatementParameter Parameter, Func<TRow, object?> Value);

/// <summary>The shape of a multi-row insert: how many rows a statement takes, and its SQL.</summary>
public static class BatchedInsert
{
    public const int MaxParameters = 2000;

    /// <summary>The rows per multi-row statement for a row of <paramref name="parameters"/> values.</summary>
    public static int ChunkFor(int parameters, DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? 1 : Math.Min(100, MaxParameters / parameters);

    /// <summary><c>INSERT INTO t (columns) VALUES (@A0, @B0), (@A1, @B1), …</c>: the row's parameters numbered per row.</summary>
    public static string Sql<TRow>(string into, IReadOnlyList<RowColumn<TRow>> columns, int rows) =>
        into + "\nVALUES " + string.Join(",\n       ", Enumerable.Range(0, rows)
            .Select(i => "(" + string.Join(", ", columns.Select(c => $"@{c.Parameter.Name}{Number(i)}")) + ")"));

    internal static string Number(int row) => row.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Inserts rows <see cref="Chunk"/> at a time with one multi-row INSERT prepared once, and the last few with a
/// one-row INSERT prepared once. On SQL Server that is one round trip per chunk instead of per row, the chunk
/// kept under its 2,100 parameters. On SQLite there is no round trip to save, and binding a parameter by name is
/// a linear search of the statement's names, so a wide multi-row statement is slower than a one-row statement
/// reused: there the chunk is one row (measured in bench/: 100,000 rows took 14 s as 100-row statements).
/// </summary>
public sealed class BatchedInsert<TRow> : IAsyncDisposable
{
    private readonly RowColumn<TRow>[] columns;
    private readonly PreparedStatement single;
    private readonly PreparedStatement multi;
    private readonly List<TRow> pending;

    // [row within the statement][column], resolved once: binding by name per value would build 1.4 million
    // parameter names for 100,000 rows.
    private readonly DbParameter[][] singleSlots;
    private readonly DbParameter[][] multiSlots;

    // The values the one-row statement holds, so a value equal to the last one (the import's time, its
    // organisation) is not bound again.
    private readonly object?[] lastBound;
    private bool anyBound;

    private BatchedInsert(RowColumn<TRow>[] columns, PreparedStatement single, PreparedStatement multi, int chunk)
    {
        this.columns = columns;
        this.single = single;
        this.multi = multi;
        Chunk = chunk;
        pending = new List<TRow>(chunk);
        singleSlots = Slots(single, columns, 1);
        multiSlots = Slots(multi, columns, chunk);
        lastBound = new object?[columns.Length];
    }

    public int Chunk { get; }

    public static BatchedInsert<TRow> Create(
        DbConnection connection, DbTransaction transaction, string into, RowColumn<TRow>[] columns, DatabaseProvider provider)
    {
        var chunk = BatchedInsert.ChunkFor(columns.Length, provider);
        var single = PreparedStatement.Create(connection, transaction, BatchedInsert.Sql(into, columns, 1), Numbered(columns, 1));
        var multi = PreparedStatement.Create(connection, transaction, BatchedInsert.Sql(into, columns, chunk), Numbered(columns, chunk));
        return new BatchedInsert<TRow>(columns, single, multi, chunk);
    }

    /// <summary>Queues one row; sends a chunk when one is full.</summary>
    public async Task AddAsync(TRow row, CancellationToken ct)
    {
        pending.Add(row);
        if (pending.Count == Chunk)
        {
            for (var i = 0; i < pending.Count; i++)
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    PreparedStatement.Bind(multiSlots[i][c], columns[c].Value(pending[i]));
                }
            }

            await multi.ExecuteAsync(ct);
            pending.Clear();
        }
    }

    /// <summary>Sends the rows still queued; call before the transaction commits.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        foreach (var row in pending)
        {
            BindSingle(row);
            await single.ExecuteAsync(ct);
        }

        pending.Clear();
    }

    private void BindSingle(TRow row)
    {
        for (var c = 0; c < columns.Length; c++)
        {
            var value = columns[c].Value(row);
            if (!anyBound || !Equals(lastBound[c], value))
            {
                PreparedStatement.Bind(singleSlots[0][c], value);
                lastBound[c] = value;
            }
        }

        anyBound = true;
    }

    private static DbParameter[][] Slots(PreparedStatement statement, RowColumn<TRow>[] columns, int rows) =>
        Enumerable.Range(0, rows)
            .Select(i => columns.Select(c => statement.Parameter(c.Parameter.Name + BatchedInsert.Number(i))).ToArray())
            .ToArray();

    private static StatementParameter[] Numbered(RowColumn<TRow>[] columns, int rows) =>
        Enumerable.Range(0, rows)
            .SelectMany(i => columns.Select(c => c.Parameter with { Name = c.Parameter.Name + BatchedInsert.Number(i) }))
            .ToArray();

    public async ValueTask DisposeAsync()
    {
        await single.DisposeAsync();
        await multi.DisposeAsync();
    }
}
