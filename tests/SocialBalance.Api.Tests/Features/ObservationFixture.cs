using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// 2 indicators × 3 areas × 5 years = 30 figures with values that can be computed from their keys,
/// so any test can say exactly which figure it expects.
/// </summary>
public sealed class ObservationFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    public static readonly string[] Indicators = ["convicted", "feel-safe"];
    public static readonly string[] Areas = ["gladsaxe", "hoeje-gladsaxe", "vaerebro-park"];
    public const int FirstYear = 2018;
    public const int LastYear = 2022;
    public const int Count = 30;

    /// <summary>E.g. feel-safe, vaerebro-park, 2020 → 70 + 2·10 + 2·0.5 = 91.</summary>
    public static double ValueOf(string indicator, string area, int year) =>
        (indicator == "convicted" ? 1.25 : 70) + Array.IndexOf(Areas, area) * 10 + (year - FirstYear) * 0.5;

    protected override Task ArrangeAsync(DbConnectionFactory db) =>
        Figures.InsertAsync(db,
            from indicator in Indicators
            from area in Areas
            from year in Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
            select new Figure(
                indicator,
                area,
                year,
                ValueOf(indicator, area, year),
                Status: year == 2020 ? "official" : "illustrative",
                Source: year == 2020 ? "Danmarks Statistik, tabel X, \"2020\"" : "Test figure",
                Note: area == "vaerebro-park" && year == 2021 ? "Survey moved, first line\nsecond line" : null,
                Numerator: indicator == "convicted" && year == 2022 ? 50 : null,
                Denominator: indicator == "convicted" && year == 2022 ? 4000 : null));
}
