using Dapper;
using SocialBalance.Analysis;
using SocialBalance.Analysis.Observations;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Common;

/// <summary>Loads the reference data and the figures that the comparison endpoints hand to SocialBalance.Analysis.</summary>
/// <remarks>
/// The catalogue (2,000 areas at national scale) is kept between requests and reused while the database's catalogue
/// stamp is unchanged. The stamp is read on every request, so a change made through any instance is seen by every
/// instance at its next request; figures are never cached.
/// </remarks>
public sealed class FigureQueries(DbConnectionFactory db) : ISqlStatementSource
{
    // Changes with every write the API can make to the catalogue: creating an area or an indicator adds a row
    // (count + 1, version sum + 1), every update adds 1 to a row's version, and nothing deletes these rows. Effect
    // goals change only by migration, so their count suffices. A change made outside the API must keep to this
    // (bump the version) or restart the service.
    private const string CatalogueStamp = """
        SELECT (SELECT COUNT(*) + COALESCE(SUM(version), 0) FROM area)
             + (SELECT COUNT(*) + COALESCE(SUM(version), 0) FROM indicator)
             + (SELECT COUNT(*) + COALESCE(SUM(version), 0) FROM theme)
             + (SELECT COUNT(*) FROM effect_goal)
        """;

    private const string EffectGoals = "SELECT code, name_da, name_en FROM effect_goal ORDER BY sort_order, code";

    private const string Themes = "SELECT code, name_da, name_en, effect_goal_code FROM theme ORDER BY sort_order, code";

    private const string Indicators = """
        SELECT code, name_da, name_en, theme_code, unit, direction, min_value, max_value
        FROM indicator
        ORDER BY sort_order, code
        """;

    private const string Areas = "SELECT code, name_da, name_en, kind_code, parent_code FROM area ORDER BY sort_order, code";

    private const string Observations = """
        SELECT indicator_code, area_code, year, value
        FROM observation
        WHERE indicator_code IN @Indicators AND area_code IN @Areas
        """;

    // The comparisons read only the baseline and the years after it, and the list rules a few years up to the
    // data year: a year range keeps a national-scale table from being loaded 30 years at a time.
    private const string ObservationsInYears = """
        SELECT indicator_code, area_code, year, value
        FROM observation
        WHERE indicator_code IN @Indicators AND area_code IN @Areas AND year BETWEEN @FromYear AND @ToYear
        """;

    // Every area at once (the national list): no area list, so no parameter per area (SQL Server takes at most
    // 2,100), and the (indicator, year, area) index answers it.
    private const string ObservationsOfAllAreasInYears = """
        SELECT indicator_code, area_code, year, value
        FROM observation
        WHERE indicator_code IN @Indicators AND year BETWEEN @FromYear AND @ToYear
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
        [CatalogueStamp, EffectGoals, Themes, Indicators, Areas, Observations, ObservationsInYears, ObservationsOfAllAreasInYears];

    private volatile CachedCatalogue? cached;

    public async Task<Catalogue> LoadCatalogueAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        // The stamp is read before the rows: a catalogue stored under a stamp is never older than the stamp.
        var stamp = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CatalogueStamp, cancellationToken: ct));
        if (cached is { } hit && hit.Stamp == stamp)
        {
            return hit.Catalogue;
        }

        var catalogue = await LoadCatalogueAsync(connection, ct);
        cached = new CachedCatalogue(stamp, catalogue);
        return catalogue;
    }

    private static async Task<Catalogue> LoadCatalogueAsync(System.Data.Common.DbConnection connection, CancellationToken ct)
    {
        var goals = await connection.QueryAsync<NameRow>(new CommandDefinition(EffectGoals, cancellationToken: ct));
        var themes = await connection.QueryAsync<ThemeRow>(new CommandDefinition(Themes, cancellationToken: ct));
        var indicators = await connection.QueryAsync<IndicatorRow>(new CommandDefinition(Indicators, cancellationToken: ct));
        var areas = await connection.QueryAsync<AreaRow>(new CommandDefinition(Areas, cancellationToken: ct));
        return new Catalogue(
            goals.Select(g => new CodeAndName(g.Code, new LocalizedText(g.NameDa, g.NameEn))).ToList(),
            themes.Select(t => new ThemeInfo(t.Code, new LocalizedText(t.NameDa, t.NameEn), t.EffectGoalCode)).ToList(),
            indicators.Select(i => new IndicatorInfo(
                i.Code, new LocalizedText(i.NameDa, i.NameEn), i.ThemeCode, i.Unit, DirectionCodes.Parse(i.Direction), i.MinValue, i.MaxValue)).ToList(),
            areas.Select(a => new AreaInfo(a.Code, new LocalizedText(a.NameDa, a.NameEn), a.KindCode, a.ParentCode)).ToList());
    }

    /// <summary>Every figure (all years) of the given indicators in the given areas.</summary>
    public async Task<ObservationTable> LoadObservationsAsync(
        IEnumerable<string> indicators, IEnumerable<string> areas, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<ObservationRow>(new CommandDefinition(
            Observations,
            new { Indicators = db.Dialect.Codes(indicators.Distinct()).ToList(), Areas = db.Dialect.Codes(areas.Distinct()).ToList() },
            cancellationToken: ct));
        return ObservationTable.From(rows.Select(r => new Observation(r.IndicatorCode, r.AreaCode, r.Year, r.Value)));
    }

    /// <summary>The figures of the given indicators in the given areas from <paramref name="years"/>.From to .To, both included.</summary>
    public async Task<ObservationTable> LoadObservationsAsync(
        IEnumerable<string> indicators, IEnumerable<string> areas, YearRange years, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<ObservationRow>(new CommandDefinition(
            ObservationsInYears,
            new
            {
                Indicators = db.Dialect.Codes(indicators.Distinct()).ToList(),
                Areas = db.Dialect.Codes(areas.Distinct()).ToList(),
                FromYear = years.From,
                ToYear = years.To,
            },
            cancellationToken: ct));
        return ObservationTable.From(rows.Select(r => new Observation(r.IndicatorCode, r.AreaCode, r.Year, r.Value)));
    }

    /// <summary>The figures of the given indicators in every area, within <paramref name="years"/>.</summary>
    public async Task<ObservationTable> LoadObservationsOfAllAreasAsync(
        IEnumerable<string> indicators, YearRange years, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<ObservationRow>(new CommandDefinition(
            ObservationsOfAllAreasInYears,
            new { Indicators = db.Dialect.Codes(indicators.Distinct()).ToList(), FromYear = years.From, ToYear = years.To },
            cancellationToken: ct));
        return ObservationTable.From(rows.Select(r => new Observation(r.IndicatorCode, r.AreaCode, r.Year, r.Value)));
    }

    private sealed record CachedCatalogue(long Stamp, Catalogue Catalogue);

    private sealed class NameRow
    {
        public string Code { get; init; } = "";
        public string NameDa { get; init; } = "";
        public string NameEn { get; init; } = "";
    }

    private sealed class ThemeRow
    {
        public string Code { get; init; } = "";
        public string NameDa { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string EffectGoalCode { get; init; } = "";
    }

    private sealed class IndicatorRow
    {
        public string Code { get; init; } = "";
        public string NameDa { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string ThemeCode { get; init; } = "";
        public string Unit { get; init; } = "";
        public string Direction { get; init; } = "";
        public double? MinValue { get; init; }
        public double? MaxValue { get; init; }
    }

    private sealed class AreaRow
    {
        public string Code { get; init; } = "";
        public string NameDa { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string KindCode { get; init; } = "";
        public string? ParentCode { get; init; }
    }

    private sealed class ObservationRow
    {
        public string IndicatorCode { get; init; } = "";
        public string AreaCode { get; init; } = "";
        public int Year { get; init; }
        public double Value { get; init; }
    }
}
