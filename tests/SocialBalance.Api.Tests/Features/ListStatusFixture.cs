using SocialBalance.Api.Infrastructure.Database;
using SocialBalance.Api.Tests.Infrastructure;

namespace SocialBalance.Api.Tests.Features;

/// <summary>
/// List figures for the data years up to 2022 (the list of 1 December 2023). National convicted share 0.75%,
/// regional gross income 300,000 every year, so the 2021 rules' thresholds are: C2 ≥ 3 × 0.75 = 2.25 (lower 2 × 0.75
/// = 1.5), C4 &lt; 0.55 × 300,000 = 165,000 (lower 0.65 × 300,000 = 195,000).
/// </summary>
public sealed class ListStatusFixture<TDatabase> : ApiFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    internal static IEnumerable<Figure> Year(
        string area, int year, double residents, double nonWestern, double outsideWork, double convicted, double? primarySchool, double income)
    {
        yield return new("residents", area, year, residents);
        yield return new("non-western", area, year, nonWestern);
        yield return new("outside-work-education", area, year, outsideWork);
        yield return new("convicted", area, year, convicted);
        if (primarySchool is { } p)
        {
            yield return new("primary-school-only", area, year, p);
        }

        yield return new("gross-income", area, year, income);
    }

    internal static IEnumerable<Figure> References(int from, int to) =>
        Enumerable.Range(from, to - from + 1).SelectMany(y => new Figure[]
        {
            new("convicted", "denmark", y, 0.75),
            new("gross-income", "region-hovedstaden", y, 300_000),
        });

    protected override Task ArrangeAsync(DbConnectionFactory db) =>
        Figures.InsertAsync(db, References(2017, 2022)
            // Høje Gladsaxe: a parallel society every year 2017–2022 (non-Western 55 > 50; C1 45 > 40; C3 65 > 60).
            .Concat(Enumerable.Range(2017, 6).SelectMany(y => Year("hoeje-gladsaxe", y, 4500, 55, 45, 1.0, 65, 250_000)))
            // Værebro Park: C2 exactly at 3 × the national average; C1 and C4 only at the lower thresholds.
            .Concat(Enumerable.Range(2021, 2).SelectMany(y => Year("vaerebro-park", y, 3000, 45, 35, 2.25, 40, 180_000)))
            // Pileparkerne: C1 exactly 40, which is not "> 40".
            .Concat(Enumerable.Range(2021, 2).SelectMany(y => Year("pileparkerne", y, 1200, 35, 40, 0.5, 40, 250_000)))
            // Mørkhøj: C1 met, but the 2022 primary-school figure is missing.
            .Concat(Year("moerkhoej", 2021, 2000, 40, 45, 0.5, 65, 250_000))
            .Concat(Year("moerkhoej", 2022, 2000, 40, 45, 0.5, null, 250_000)));
}
