using System.Globalization;
using System.Net;
using System.Text;
using Dapper;
using Microsoft.Data.SqlClient;

namespace SocialBalance.Bench;

/// <summary>What the opposite-order scenario saw.</summary>
public sealed record OppositeOrderOutcome(
    int Repetitions, int RowsPerBatch, IReadOnlyDictionary<int, int> Statuses, int Inconsistent,
    IReadOnlyDictionary<string, int> SqlErrors, IReadOnlyDictionary<string, int> LoggedErrors);

/// <summary>
/// Two batches that update the same figures of two areas, one listing area X's rows before area Y's and the other
/// Y's before X's, posted at the same moment, again and again. A writer that locks areas in the order its batch
/// names them deadlocks here; one that locks them in one global order makes the second wait. After each pair, the
/// figures must all hold the values of one batch that answered 200 (or, when neither did, of neither).
/// </summary>
public static class OppositeOrder
{
    private static readonly string[] Areas = ["bench-order-x", "bench-order-y"];

    public static async Task<OppositeOrderOutcome> RunAsync(string connectionString, int repetitions)
    {
        var logged = new ServiceErrors();
        await using var service = BenchService.OnSqlServer(connectionString, logged);
        using var client = service.Start();
        await BenchService.CreateAreasAsync(client, Areas);
        using (var first = await PostAsync(client, Csv(Areas, repetition: 0, side: 0)))
        {
            first.EnsureSuccessStatusCode();
        }

        using var sqlErrors = SqlErrors.Listen();
        var statuses = new SortedDictionary<int, int>();
        var inconsistent = 0;
        for (var repetition = 1; repetition <= repetitions; repetition++)
        {
            var forward = Csv(Areas, repetition, side: 0);
            var backward = Csv(Areas.Reverse().ToArray(), repetition, side: 1);
            var answers = await Task.WhenAll(PostAsync(client, forward), PostAsync(client, backward));
            foreach (var answer in answers)
            {
                statuses[(int)answer.StatusCode] = statuses.GetValueOrDefault((int)answer.StatusCode) + 1;
                answer.Dispose();
            }

            var written = Enumerable.Range(0, 2).Where(side => answers[side].StatusCode == HttpStatusCode.OK).ToList();
            if (!await IsConsistentAsync(connectionString, repetition, written))
            {
                inconsistent++;
            }
        }

        return new OppositeOrderOutcome(repetitions, Figures().Count(), statuses, inconsistent, sqlErrors.Counts.ToDictionary(), logged.Counts);
    }

    /// <summary>Every figure of the two areas, in one canonical order, whichever order a batch lists them in.</summary>
    private static IEnumerable<(string Indicator, string Area, int Year, int Index)> Figures()
    {
        var index = 0;
        foreach (var area in Areas)
        {
            foreach (var indicator in BenchData.Indicators)
            {
                for (var year = 1990; year <= 2026; year++)
                {
                    yield return (indicator, area, year, index++);
                }
            }
        }
    }

    // Each side of each repetition writes values no earlier write left, so every row is an update.
    private static int Value(int index, int repetition, int side) => 1 + ((index + (2 * repetition) + side) % 99);

    private static string Csv(string[] areaOrder, int repetition, int side)
    {
        var csv = new StringBuilder("indicator,area,year,value\r\n");
        foreach (var area in areaOrder)
        {
            foreach (var f in Figures().Where(f => f.Area == area))
            {
                csv.Append(CultureInfo.InvariantCulture, $"{f.Indicator},{f.Area},{f.Year},{Value(f.Index, repetition, side)}\r\n");
            }
        }

        return csv.ToString();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string csv) =>
        client.PostAsync("/api/v1/observations/batch", new StringContent(csv, Encoding.UTF8, "text/csv"));

    /// <summary>
    /// True when every figure holds the values of one of the batches that answered 200, or, when neither did, none
    /// holds a value of this repetition.
    /// </summary>
    private static async Task<bool> IsConsistentAsync(string connectionString, int repetition, List<int> written)
    {
        await using var connection = new SqlConnection(connectionString);
        var stored = (await connection.QueryAsync<(string Indicator, string Area, int Year, double Value)>(
                "SELECT indicator_code, area_code, year, value FROM observation WHERE area_code IN @Areas", new { Areas }))
            .ToDictionary(r => (r.Indicator, r.Area, r.Year), r => r.Value);
        bool All(int side) => Figures().All(f => stored[(f.Indicator, f.Area, f.Year)] == Value(f.Index, repetition, side));
        bool Any(int side) => Figures().Any(f => stored[(f.Indicator, f.Area, f.Year)] == Value(f.Index, repetition, side));
        return written.Count > 0 ? written.Any(All) : !Any(0) && !Any(1);
    }
}
