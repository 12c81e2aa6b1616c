using Dapper;
using SocialBalance.Analysis;
using SocialBalance.Analysis.Observations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Infrastructure.Caching;
using SocialBalance.Api.Infrastructure.Database;

namespace SocialBalance.Api.Features.Calculations;

/// <summary>Loads the reference data and the figures that the comparison endpoints hand to SocialBalance.Analysis.</summary>
/// <remarks>
/// The catalogue (2,000 areas at national scale) is kept between requests and reused while the database's catalogue
/// version (<see cref="DataVersion.Catalogue"/>, raised by triggers) is unchanged, as <see cref="DataVersionTracker"/>
/// knows it: a change through this instance is seen at the next request, one through another instance or straight in
/// the database within <see cref="DataVersionTracker.MaxAge"/>. A write judges by the catalogue as it is now.
/// </remarks>
public sealed class AnalysisInputQueries(DbConnectionFactory db, DataVersionTracker versions) : ISqlStatementSource, IKeptCatalogue
{
    private static string EffectGoals(SqlDialect dialect) => $"SELECT code, name_da, name_en FROM effect_goal ORDER BY sort_order, {dialect.CodeOrder("code")}";

    private static string Themes(SqlDialect dialect) => $"SELECT code, name_da, name_en, effect_goal_code FROM theme ORDER BY sort_order, {dialect.CodeOrder("code")}";

    private static string Indicators(SqlDialect dialect) => $"""
        SELECT code, name_da, name_en, theme_code, unit, direction, min_value, max_value, decimals
        FROM indicator
        ORDER BY sort_order, {dialect.CodeOrder("code")}
        """;

    private static string Areas(SqlDialect dialect) => $"SELECT code, name_da, name_en, kind_code, parent_code FROM area ORDER BY sort_order, {dialect.CodeOrder("code")}";

    private const string Observations = """
        SELECT indicator_code, area_code, year, value
        FROM observation
        WHERE indicator_code IN @Indicators AND area_code IN @Areas AND retracted_at IS NULL
        """;

    // The comparisons read only the baseline and the years after it, and the list rules a few years up to the
    // data year: a year range keeps a national-scale table from being loaded 30 years at a time.
    private const string ObservationsInYears = """
        SELECT indicator_code, area_code, year, value
        FROM observation
        WHERE indicator_code IN @Indicators AND area_code IN @Areas AND year BETWEEN @FromYear AND @ToYear AND retracted_at IS NULL
        """;

    // Every area at once (the national list): no area list, so no parameter per area (SQL Server takes at most
    // 2,100), and the (indicator, year, area) index answers it. One indicator per query, so the indicator is not
    // read back: at 72,000 rows each text column read costs more than SQLite takes to find the rows.
    private const string ObservationsOfAllAreasInYears = """
        SELECT area_code, year, value
        FROM observation
        WHERE indicator_code = @Indicator AND year BETWEEN @FromYear AND @ToYear AND retracted_at IS NULL
        """;

    private const string LatestYear = "SELECT MAX(year) FROM observation WHERE retracted_at IS NULL";

    private const string ObservationsOfAreas = """
        SELECT indicator_code, area_code, year, value
        FROM observation
        WHERE area_code IN @Areas AND retracted_at IS NULL
        """;

    public static IEnumerable<string> Statements(SqlDialect dialect) =>
        [EffectGoals(dialect), Themes(dialect), Indicators(dialect), Areas(dialect), Observations, ObservationsInYears, ObservationsOfAllAreasInYears, LatestYear, ObservationsOfAreas];

    private readonly KeptByVersion<long, CatalogueSnapshot> keptCatalogue = new();
    private readonly KeptByVersion<DataVersion, HomeFigures> keptHomeFigures = new();
    private readonly KeptByVersion<DataVersion, int?> keptLatestYear = new();

    /// <summary>The catalogue reads go by.</summary>
    public async Task<CatalogueSnapshot> LoadCatalogueAsync(CancellationToken ct) =>
        await LoadCatalogueAsync((await versions.CurrentAsync(ct)).Catalogue, ct);

    /// <summary>The catalogue as the database has it this moment, for a write that checks against it.</summary>
    public async Task<CatalogueSnapshot> LoadLatestCatalogueAsync(CancellationToken ct) =>
        await LoadCatalogueAsync((await versions.ReadNowAsync(ct)).Catalogue, ct);

    private async Task<CatalogueSnapshot> LoadCatalogueAsync(long version, CancellationToken ct) =>
        await keptCatalogue.GetAsync(
            version,
            async token =>
            {
                await using var connection = await db.OpenReadAsync(token);
                return await LoadCatalogueAsync(connection, db.Dialect, token);
            },
            ct);

    private static async Task<CatalogueSnapshot> LoadCatalogueAsync(System.Data.Common.DbConnection connection, SqlDialect dialect, CancellationToken ct)
    {
        var goals = await connection.QueryAsync<NameRow>(new CommandDefinition(EffectGoals(dialect), cancellationToken: ct));
        var themes = await connection.QueryAsync<ThemeRow>(new CommandDefinition(Themes(dialect), cancellationToken: ct));
        var indicators = await connection.QueryAsync<IndicatorRow>(new CommandDefinition(Indicators(dialect), cancellationToken: ct));
        var areas = await connection.QueryAsync<AreaRow>(new CommandDefinition(Areas(dialect), cancellationToken: ct));
        return new CatalogueSnapshot(
            goals.Select(g => new CodeAndName(g.Code, new LocalizedText(g.NameDa, g.NameEn))).ToList(),
            themes.Select(t => new ThemeInfo(t.Code, new LocalizedText(t.NameDa, t.NameEn), t.EffectGoalCode)).ToList(),
            indicators.Select(i => new IndicatorInfo(
                i.Code, new LocalizedText(i.NameDa, i.NameEn), i.ThemeCode, i.Unit, DirectionCodes.Parse(i.Direction), i.MinValue, i.MaxValue, i.Decimals)).ToList(),
            areas.Select(a => new AreaInfo(a.Code, new LocalizedText(a.NameDa, a.NameEn), a.KindCode, a.ParentCode)).ToList());
    }

    /// <summary>Every figure (all years) of the given indicators in the given areas.</summary>
    public async Task<ObservationTable> LoadObservationsAsync(
        IEnumerable<string> indicators, IEnumerable<string> areas, CancellationToken ct)
    {
        return await ReadTableAsync(new CommandDefinition(
            Observations,
            new { Indicators = db.Dialect.Codes(indicators.Distinct()).ToList(), Areas = db.Dialect.Codes(areas.Distinct()).ToList() },
            cancellationToken: ct));
    }

    /// <summary>The figures of the given indicators in the given areas from <paramref name="years"/>.From to .To, both included.</summary>
    /// <remarks>The municipality and its Social Balance areas come from <see cref="HomeFigures"/>, kept per data version.</remarks>
    public async Task<ObservationTable> LoadObservationsAsync(
        IEnumerable<string> indicators, IEnumerable<string> areas, YearRange years, CancellationToken ct)
    {
        var wanted = areas.Distinct(StringComparer.Ordinal).ToList();
        var home = await LoadHomeFiguresAsync(ct);
        if (home.Covers(wanted))
        {
            return home.Table(indicators, wanted, years);
        }

        return await ReadTableAsync(new CommandDefinition(
            ObservationsInYears,
            new
            {
                Indicators = db.Dialect.Codes(indicators.Distinct()).ToList(),
                Areas = db.Dialect.Codes(wanted).ToList(),
                FromYear = years.From,
                ToYear = years.To,
            },
            cancellationToken: ct));
    }

    private async Task<HomeFigures> LoadHomeFiguresAsync(CancellationToken ct)
    {
        var version = await versions.CurrentAsync(ct);
        return await keptHomeFigures.GetAsync(version, token => ReadHomeFiguresAsync(version, token), ct);
    }

    private async Task<HomeFigures> ReadHomeFiguresAsync(DataVersion version, CancellationToken ct)
    {
        var areas = (await LoadCatalogueAsync(version.Catalogue, ct)).AreasOfKind(CatalogueSnapshot.SocialBalanceAreaKind)
            .Append(CatalogueSnapshot.DefaultReferenceArea)
            .ToHashSet(StringComparer.Ordinal);
        var figures = new List<HomeFigures.Figure>();
        await using (var connection = await db.OpenReadAsync(ct))
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            ObservationsOfAreas, new { Areas = db.Dialect.Codes(areas).ToList() }, cancellationToken: ct)))
        {
            while (await reader.ReadAsync(ct))
            {
                figures.Add(new HomeFigures.Figure(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3)));
            }
        }

        return new HomeFigures(areas, figures);
    }

    /// <summary>The latest year any current figure describes; null when there is none. Kept while the data is unchanged.</summary>
    public async Task<int?> LatestYearAsync(CancellationToken ct) =>
        await keptLatestYear.GetAsync(
            await versions.CurrentAsync(ct),
            async token =>
            {
                await using var connection = await db.OpenReadAsync(token);
                return await connection.ExecuteScalarAsync<int?>(new CommandDefinition(LatestYear, cancellationToken: token));
            },
            ct);

    /// <summary>The figures of the given indicators in every area, within <paramref name="years"/>.</summary>
    public async Task<ObservationTable> LoadObservationsOfAllAreasAsync(
        IEnumerable<string> indicators, YearRange years, CancellationToken ct)
    {
        await using var connection = await db.OpenReadAsync(ct);
        var table = new ObservationTableBuilder();
        foreach (var indicator in indicators.Distinct())
        {
            await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                ObservationsOfAllAreasInYears,
                new { Indicator = db.Dialect.Code(indicator), FromYear = years.From, ToYear = years.To },
                cancellationToken: ct));
            while (await reader.ReadAsync(ct))
            {
                table.Add(indicator, reader.GetString(0), reader.GetInt32(1), reader.GetDouble(2));
            }
        }

        return table.Build();
    }

    // Straight from the reader into the table, with no object per row: a national list reads hundreds of thousands
    // of observations, and per-row objects would outweigh the classification itself.
    private async Task<ObservationTable> ReadTableAsync(CommandDefinition command)
    {
        await using var connection = await db.OpenReadAsync(command.CancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(command);
        var table = new ObservationTableBuilder();
        while (await reader.ReadAsync(command.CancellationToken))
        {
            table.Add(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3));
        }

        return table.Build();
    }

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
        public int Decimals { get; init; }
    }

    private sealed class AreaRow
    {
        public string Code { get; init; } = "";
        public string NameDa { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string KindCode { get; init; } = "";
        public string? ParentCode { get; init; }
    }
}
