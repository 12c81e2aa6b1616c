using SocialBalance.Analysis.Observations;

namespace SocialBalance.Analysis.Tests.TestData;

/// <summary>Builds observation tables from terse tuples. All figures are illustrative, not official.</summary>
internal static class Figures
{
    public static ObservationTable Table(params (string Indicator, string Area, int Year, double Value)[] rows) =>
        ObservationTable.From(rows.Select(r => new Observation(r.Indicator, r.Area, r.Year, r.Value)));

    public static IReadOnlyList<YearValue> Series(params (int Year, double Value)[] points) =>
        points.Select(p => new YearValue(p.Year, p.Value)).ToList();
}
