using SocialBalance.Analysis.Ambition;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;

namespace SocialBalance.Api.Features.Ambition;

/// <summary>The ambition judged, with the catalogue it was judged over.</summary>
public sealed record EvaluatedAmbition(CatalogueSnapshot Catalogue, AmbitionAssessment Assessment);

/// <summary>
/// The one computation of the 2030 ambition: the municipality against itself, the Social Balance areas against the
/// municipality, over every theme. /api/v1/ambition answers it, and a theme's chart draws it, so both say the same.
/// </summary>
public static class AmbitionEvaluation
{
    public static async Task<EvaluatedAmbition> EvaluateAsync(int baseline, int? year, AnalysisInputQueries inputs, CancellationToken ct)
    {
        var catalogue = await inputs.LoadCatalogueAsync(ct);
        var reference = CatalogueSnapshot.DefaultReferenceArea;
        var focus = catalogue.AreasOfKind(CatalogueSnapshot.SocialBalanceAreaKind);
        // Trends and gaps read only the baseline year and the years after it.
        var observations = await inputs.LoadObservationsAsync(
            catalogue.Indicators.Select(i => i.Code), focus.Prepend(reference), YearRange.FromBaseline(baseline, year), ct);

        var assessment = AmbitionEvaluator.Evaluate(new AmbitionInput(
            catalogue.Themes.Select(t => new ThemeDefinition(t.Code, t.EffectGoalCode)).ToList(),
            catalogue.Indicators.Select(i => new IndicatorDefinition(i.Code, i.ThemeCode, i.Direction)).ToList(),
            observations,
            reference,
            focus,
            baseline,
            year));
        return new EvaluatedAmbition(catalogue, assessment);
    }
}
