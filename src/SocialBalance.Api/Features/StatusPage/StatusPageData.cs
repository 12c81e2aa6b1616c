using SocialBalance.Api.Features.Ambition;
using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.ListStatus;

namespace SocialBalance.Api.Features.StatusPage;

/// <summary>
/// What the status page shows, computed by the same code as <c>GET /api/v1/ambition</c> (default years) and
/// <c>GET /api/v1/list-status</c>, in process.
/// </summary>
/// <param name="Ambition">The ambition judged from the default baseline to each comparison's latest year.</param>
/// <param name="LatestYear">The newest year of any figure the verdicts rest on; null when there is none.</param>
/// <param name="Lists">
/// The list computed from the figures of <paramref name="LatestYear"/> (list year = that year + the data-year lag), for the
/// housing areas in the reference municipality; null without figures.
/// </param>
internal sealed record StatusPageData(AmbitionResponse Ambition, int? LatestYear, ListStatusOverviewResponse? Lists)
{
    public static async Task<StatusPageData> LoadAsync(
        AnalysisInputQueries inputs, ListStatusQueries listQueries, ListStatusOptions options, CancellationToken ct)
    {
        var ambition = await AmbitionApi.AssessAsync(new AmbitionQuery(null, null), inputs, ct);
        var latest = LatestYearOf(ambition);
        if (latest is null)
        {
            return new StatusPageData(ambition, null, null);
        }

        // The page is the municipality's: its housing areas, not every one of the country's.
        var lists = await ListStatusApi.OverviewAsync(
            new ListStatusQuery(latest + options.DataYearLag, null), ambition.Reference.Code, inputs, listQueries, options, ct);
        return new StatusPageData(ambition, latest, lists);
    }

    /// <summary>The newest year of a figure behind any theme verdict, the municipality's trends and the areas' gaps alike.</summary>
    public static int? LatestYearOf(AmbitionResponse ambition) =>
        ambition.GapsShrink.Prepend(ambition.Improvement)
            .SelectMany(a => a.Themes)
            .SelectMany(t => t.Trends.Select(x => x.LatestYear).Concat(t.Gaps.Select(g => g.LatestYear)))
            .Max();
}
