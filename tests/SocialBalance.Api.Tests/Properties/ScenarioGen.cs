using CsCheck;
using SocialBalance.Analysis;

namespace SocialBalance.Api.Tests.Properties;

/// <summary>The CsCheck generators of <see cref="Scenario"/>s: small spaces, so that writes collide.</summary>
public static class ScenarioGen
{
    private static readonly string[] Themes =
        ["health", "self-sufficiency", "citizenship", "institution-mix", "leisure-mix", "resident-mix", "safety", "city-life", "image"];

    private static readonly string[] EffectGoals = ["do-better", "mix-more", "attractive-districts"];

    /// <summary>The figures a list classification of a housing area reads from the area itself.</summary>
    private static readonly string[] ListInputs = ["outside-work-education", "convicted", "primary-school-only", "gross-income", "non-western", "residents"];

    private static readonly Gen<Level> Value = Gen.Int[0, 100].Select(i => new Level(i));

    private static readonly Gen<string> Indicator =
        Gen.Frequency((3, Gen.OneOf(FigureValues.Judged)), (1, Gen.OneOf(FigureValues.ListOnly)));

    private static readonly Gen<FigureKey> Key = Gen.Select(
        Indicator, Gen.OneOf(FigureValues.Areas), Gen.Int[FigureValues.FirstYear, FigureValues.LastYear],
        (indicator, area, year) => new FigureKey(indicator, area, year));

    private static readonly Gen<Series> RandomSeries = Gen.Select(
        Indicator, Gen.OneOf(FigureValues.Areas), Gen.Int[FigureValues.FirstYear, 2022], Value.Array[2, 9],
        (indicator, area, from, values) => new Series(indicator, area, from, values.Take(FigureValues.LastYear - from + 1).ToList()));

    private static readonly Gen<TargetSpec> Target = Gen.Select(
        Gen.Select(Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false))), Gen.Int[0, 999]),
        Gen.Select(Gen.OneOf(FigureValues.Judged), Gen.OneOf(["gladsaxe", .. FigureValues.HousingAreas])),
        Gen.Int[2018, 2023],
        Gen.Bool,
        Value,
        Gen.OneOf(0.0, 0.25, 0.5, 0.9),
        Gen.Frequency((3, Gen.Const("gladsaxe")), (1, Gen.OneOf("denmark", "vaerebro-park"))),
        (shown, figure, baseline, isGap, value, share, reference) => new TargetSpec(
            shown.Item1, shown.Item2, figure.Item1, figure.Item2, baseline, isGap, value, share,
            reference != figure.Item2 ? reference : figure.Item2 == "gladsaxe" ? "denmark" : "gladsaxe"));

    private static readonly Gen<Step> Steps = Gen.Frequency(
        (6, Gen.Select(Ref(shown: 1, fresh: 1), Value, (figure, value) => (Step)new PostFigure(figure, value))),
        (5, Ref(shown: 6, fresh: 1).Select(figure => (Step)new RetractFigure(figure))),
        (3, Gen.Select(Gen.Select(Ref(shown: 1, fresh: 2), Value).List[1, 6], Gen.Bool,
            (figures, csv) => (Step)new ImportBatch(figures, csv))),
        (2, Gen.Select(Gen.Int[0, 1], Target, (slot, spec) => (Step)new SetTarget(slot, spec))),
        (1, Gen.Select(Gen.OneOf(Themes), Gen.OneOf(EffectGoals), (theme, goal) => (Step)new MoveTheme(theme, goal))),
        (1, Gen.Select(Gen.OneOf("feel-safe", "outside-work-education", "gross-income"), Gen.OneOf([.. DirectionCodes.All]), Gen.OneOf(Themes),
            (indicator, direction, theme) => (Step)new ChangeIndicator(indicator, direction, theme))));

    /// <summary>
    /// A scenario of 1 to <paramref name="maxSteps"/> steps after an initial batch of random series and, often, the
    /// complete list inputs of a housing area with the national and regional figures they are compared with.
    /// </summary>
    public static Gen<Scenario> Scenarios(int maxSteps) =>
        Gen.Select(Gen.Int[2019, 2021], Gen.Int[2024, 2026]).SelectMany(years => Gen.Select(
            ComparisonBlock(years.Item1).List[1, 3],
            ListBlock(years.Item2).List[0, 2],
            RandomSeries.List[0, 4],
            Steps.List[1, maxSteps],
            (gaps, lists, series, steps) => new Scenario(
                years.Item1, years.Item2, [.. gaps.SelectMany(b => b), .. lists.SelectMany(b => b), .. series], steps)));

    private static Gen<KeyRef> Ref(int shown, int fresh) => Gen.Select(
        Gen.Frequency((shown, Gen.Const(true)), (fresh, Gen.Const(false))), Gen.Int[0, 999], Key,
        (isShown, position, key) => new KeyRef(isShown, position, key));

    /// <summary>
    /// One indicator in the municipality and some of its housing areas, from the baseline year or before to a
    /// year after it: the figures a gap, a trend and a theme verdict need.
    /// </summary>
    private static Gen<IReadOnlyList<Series>> ComparisonBlock(int baseline) =>
        Gen.Select(
            Indicator, Gen.Int[FigureValues.FirstYear, baseline], Gen.Int[baseline + 1, FigureValues.LastYear],
            Gen.OneOf(FigureValues.HousingAreas).Array[1, 3], Value.Array[FigureValues.LastYear - FigureValues.FirstYear + 1].Array[4],
            (indicator, from, to, areas, levels) => (IReadOnlyList<Series>)areas.Distinct().Prepend(PublishedCatalogue.Reference)
                .Select((area, i) => new Series(indicator, area, from, levels[i].Take(to - from + 1).ToList()))
                .ToList());

    /// <summary>
    /// Six years of every list input of one housing area, ending with the data year of the list year (one year
    /// before it, the service's default lag), with the national and regional figures of the same years.
    /// </summary>
    private static Gen<IReadOnlyList<Series>> ListBlock(int listYear) =>
        Gen.Select(Gen.OneOf(FigureValues.HousingAreas), Value.Array[6].Array[ListInputs.Length + 2], (area, levels) =>
        {
            var from = listYear - 6;
            var own = ListInputs.Select((indicator, i) => new Series(indicator, area, from, levels[i]));
            return (IReadOnlyList<Series>)
            [
                .. own,
                new Series("convicted", "denmark", from, levels[ListInputs.Length]),
                new Series("gross-income", "region-hovedstaden", from, levels[ListInputs.Length + 1]),
            ];
        });
}
