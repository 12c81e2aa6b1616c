using System.Globalization;
using System.Text;

namespace SocialBalance.Bench;

/// <summary>
/// 100,000 distinct figures: the 15 indicators × 37 years (1990–2026) × 181 generated housing areas, with whole
/// values from 1 to 99, valid for every indicator's range and decimals.
/// </summary>
public static class BenchData
{
    public const int Rows = 100_000;

    public static readonly string[] Indicators =
    [
        "outside-work-education", "primary-school-only", "gross-income", "convicted", "feel-safe", "good-health", "voter-turnout",
        "association-members", "daycare-mix", "youth-leisure", "outside-visitors", "positive-image", "new-tenants-working", "non-western", "residents",
    ];

    public static int AreaCount => (Rows + (Indicators.Length * 37) - 1) / (Indicators.Length * 37);

    public static string Area(int i) => $"bench-area-{i:000}";

    /// <summary>Areas of the warm-up import, so the timed import starts on a warmed-up service (JIT, pools).</summary>
    public const int WarmUpAreas = 10;

    public static string WarmUpArea(int i) => $"bench-warm-{i:00}";

    public static IEnumerable<(string Indicator, string Area, int Year, double Value)> Figures() => Figures(AreaCount, Area, Rows);

    public static string Csv() => Csv(Figures());

    public static string WarmUpCsv() => Csv(Figures(WarmUpAreas, WarmUpArea, int.MaxValue));

    private static IEnumerable<(string Indicator, string Area, int Year, double Value)> Figures(int areas, Func<int, string> areaCode, int rows)
    {
        var n = 0;
        for (var a = 0; a < areas; a++)
        {
            foreach (var indicator in Indicators)
            {
                for (var year = 1990; year <= 2026; year++)
                {
                    if (n == rows)
                    {
                        yield break;
                    }

                    yield return (indicator, areaCode(a), year, 1 + (n % 99));
                    n++;
                }
            }
        }
    }

    private static string Csv(IEnumerable<(string Indicator, string Area, int Year, double Value)> figures)
    {
        var csv = new StringBuilder("indicator,area,year,value\r\n", Rows * 40);
        foreach (var (indicator, area, year, value) in figures)
        {
            csv.Append(indicator).Append(',').Append(area).Append(',')
                .Append(year.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(value.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return csv.ToString();
    }
}
