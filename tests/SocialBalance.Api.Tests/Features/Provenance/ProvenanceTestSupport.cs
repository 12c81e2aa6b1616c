using System.Data.Common;
using System.Globalization;
using Dapper;
using SocialBalance.Api.Tests.Features.Writes;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features.Provenance;

/// <summary>The routes that write a figure, each tested alike; a retraction has its own shape.</summary>
public enum WriteRoute
{
    Single,
    JsonBatch,
    CsvBatch,
    DryRun,
}

/// <summary>One figure to post.</summary>
internal sealed record Posted(string Indicator, string Area, int Year, double Value);

/// <summary>A figure as the database holds it: the current revision and how many superseded ones it has.</summary>
internal sealed record StoredFigure
{
    public double Value { get; init; }
    public long Revision { get; init; }
    public string StatusCode { get; init; } = "";
    public string? OrganisationCode { get; init; }
    public long Retracted { get; init; }
    public long Superseded { get; init; }
}

internal static class ProvenanceTestSupport
{
    /// <summary>
    /// Posts the figures by <paramref name="route"/>: a single post takes the last one alone, a batch takes them all (the
    /// dry run as CSV), so a refused figure can ride in a batch beside one the key may write.
    /// </summary>
    public static Task<HttpResponseMessage> WriteAsync(this HttpClient client, WriteRoute route, params Posted[] figures) => route switch
    {
        WriteRoute.Single => client.PostFigureAsync(Body(figures[^1])),
        WriteRoute.JsonBatch => client.PostAsJsonAsync("/api/v1/observations/batch", figures.Select(Body)),
        WriteRoute.CsvBatch => client.PostCsvAsync(Csv(figures)),
        WriteRoute.DryRun => client.PostCsvAsync(Csv(figures), "?dryRun=true"),
        _ => throw new ArgumentOutOfRangeException(nameof(route)),
    };

    /// <summary>The row a route names for the last figure of <see cref="WriteAsync"/>: its CSV line, or its array position.</summary>
    public static int RowOfLast(WriteRoute route, int figures) => route switch
    {
        WriteRoute.Single => 1,
        WriteRoute.JsonBatch => figures,
        _ => figures + 1,
    };

    public static Task<StoredFigure?> StoredAsync(DbConnection connection, string indicator, string area, int year) =>
        connection.QuerySingleOrDefaultAsync<StoredFigure>("""
            SELECT o.value, o.revision, o.status_code AS StatusCode, o.organisation_code AS OrganisationCode,
                   CASE WHEN o.retracted_at IS NULL THEN 0 ELSE 1 END AS retracted,
                   (SELECT COUNT(*) FROM observation_revision r
                    WHERE r.indicator_code = o.indicator_code AND r.area_code = o.area_code AND r.year = o.year) AS superseded
            FROM observation o
            WHERE o.indicator_code = @Indicator AND o.area_code = @Area AND o.year = @Year
            """, new { Indicator = indicator, Area = area, Year = year });

    private static object Body(Posted f) => new { indicator = f.Indicator, area = f.Area, year = f.Year, value = f.Value };

    private static string Csv(IEnumerable<Posted> figures) =>
        "indicator,area,year,value\r\n" + string.Concat(figures.Select(f =>
            $"{f.Indicator},{f.Area},{f.Year},{f.Value.ToString(CultureInfo.InvariantCulture)}\r\n"));
}

/// <summary>What the provenance tests read back: a figure as stored, the write tables as a whole, a refusal's rows.</summary>
public abstract class ProvenanceTestBase<TDatabase>(ApiFixture<TDatabase> fixture) : ApiTestBase<TDatabase>(fixture)
    where TDatabase : TestDatabase, new()
{
    internal async Task<StoredFigure?> StoredAsync(string indicator, string area, int year)
    {
        await using var connection = await OpenDbAsync();
        return await ProvenanceTestSupport.StoredAsync(connection, indicator, area, year);
    }

    /// <summary>Figures, revisions and imports as a whole: a refused write leaves them exactly as they were.</summary>
    protected async Task<string> StateAsync()
    {
        await using var connection = await OpenDbAsync();
        return await WriteTestSupport.FigureStateAsync(connection);
    }

    /// <summary>Checks the answer is a 403 problem and answers the rows and fields it names.</summary>
    protected static async Task<IReadOnlyList<(int Row, string Field)>> RefusedAsync(HttpResponseMessage response) =>
        WriteTestSupport.Rows(await ProblemAsync(response, HttpStatusCode.Forbidden));
}
