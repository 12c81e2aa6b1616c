using SocialBalance.Analysis.Observations;

namespace SocialBalance.Api.Features.Calculations;

/// <summary>
/// Every current figure of the municipality and its Social Balance areas under one data version. The ambition, the
/// theme comparisons and their charts read these few areas on every request; at national scale they are a few
/// thousand figures among millions, so they are read once per version instead of once per request.
/// </summary>
internal sealed class HomeFigures(IReadOnlySet<string> areas, IReadOnlyList<HomeFigures.Figure> figures)
{
    public readonly record struct Figure(string Indicator, string Area, int Year, double Value);

    /// <summary>Whether every one of <paramref name="wanted"/> is a home area, so the kept figures answer for them.</summary>
    public bool Covers(IReadOnlyCollection<string> wanted) => wanted.All(areas.Contains);

    /// <summary>The figures of <paramref name="indicators"/> in <paramref name="wanted"/> within <paramref name="years"/>.</summary>
    public ObservationTable Table(IEnumerable<string> indicators, IReadOnlyCollection<string> wanted, YearRange years)
    {
        var indicatorSet = indicators.ToHashSet(StringComparer.Ordinal);
        var areaSet = wanted.ToHashSet(StringComparer.Ordinal);
        var table = new ObservationTableBuilder();
        foreach (var f in figures)
        {
            if (f.Year >= years.From && f.Year <= years.To && indicatorSet.Contains(f.Indicator) && areaSet.Contains(f.Area))
            {
                table.Add(f.Indicator, f.Area, f.Year, f.Value);
            }
        }

        return table.Build();
    }
}
