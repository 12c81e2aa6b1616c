using SocialBalance.Analysis.Lists;
using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Tests.TestData;

/// <summary>
/// One year of list figures for the area, with national and regional averages. The defaults describe an
/// area that meets no criterion; tests change only the figures they are about.
/// </summary>
internal sealed record AreaYear(
    int Year,
    double Residents = 3000,
    double NonWestern = 40,
    double OutsideWork = 20,
    double Convicted = 1.0,
    double NationalConvicted = 0.73,
    double PrimarySchoolOnly = 30,
    double GrossIncome = 250_000,
    double RegionalGrossIncome = 300_000)
{
    public const string Area = "vaerebro-park";
    public const string Nation = "denmark";
    public const string Region = "region-hovedstaden";

    public IEnumerable<Observation> Rows() =>
    [
        new(ListRuleSets.Residents, Area, Year, Residents),
        new(ListRuleSets.NonWestern, Area, Year, NonWestern),
        new(ListRuleSets.OutsideWork, Area, Year, OutsideWork),
        new(ListRuleSets.Convicted, Area, Year, Convicted),
        new(ListRuleSets.Convicted, Nation, Year, NationalConvicted),
        new(ListRuleSets.PrimarySchoolOnly, Area, Year, PrimarySchoolOnly),
        new(ListRuleSets.GrossIncome, Area, Year, GrossIncome),
        new(ListRuleSets.GrossIncome, Region, Year, RegionalGrossIncome),
    ];

    /// <summary>A parallel society under both rule sets: C1 and C3 over the higher thresholds, non-Western share 55%.</summary>
    public static AreaYear ParallelSociety(int year) => new(year, NonWestern: 55, OutsideWork: 45, PrimarySchoolOnly: 65);

    public static IEnumerable<AreaYear> Years(int from, int to, Func<int, AreaYear> figures) =>
        Enumerable.Range(from, to - from + 1).Select(figures);

    /// <summary>Parallel society every year to <paramref name="to"/>; 2016 is there because C1 of 2017 averages 2016 and 2017.</summary>
    public static ListClassificationRequest ParallelSocietyEveryYear(int to) => Request(to, Years(2016, to, ParallelSociety));

    public static ListClassificationRequest Request(int year, IEnumerable<AreaYear> years, double watchMargin = 0.10) =>
        new(Area, year, ObservationTable.From(years.SelectMany(y => y.Rows())), Nation, Region, watchMargin);

    public static ListClassificationRequest Request(int year, IEnumerable<Observation> rows, double watchMargin = 0.10) =>
        new(Area, year, ObservationTable.From(rows), Nation, Region, watchMargin);
}
