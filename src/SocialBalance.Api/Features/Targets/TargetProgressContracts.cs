using SocialBalance.Api.Features.Calculations;
using SocialBalance.Api.Features.Catalogue;
using SocialBalance.Api.Features.Progress;

namespace SocialBalance.Api.Features.Targets;

/// <summary>A gap target turned into a target value, with the figures it came from.</summary>
/// <param name="ReferenceArea">The area the gap is measured to.</param>
/// <param name="BaselineYear">The baseline year of the shortfall.</param>
/// <param name="BaselineShortfall">The shortfall in the baseline year (positive = behind).</param>
/// <param name="RemainingShare">The share of it still allowed at the target year.</param>
/// <param name="TargetShortfall">baselineShortfall × remainingShare, at the indicator's decimals + 3.</param>
/// <param name="ReferenceYear">The reference area's latest year with a figure (shared with the area).</param>
/// <param name="ReferenceValue">The reference value of that year, held to the target year (no forecast).</param>
/// <param name="TargetValue">reference − targetShortfall (higher is better) or reference + targetShortfall (lower is better); exact.</param>
/// <param name="Formula">The computation in words.</param>
public sealed record GapTargetResponse(
    CodeAndName ReferenceArea,
    int BaselineYear,
    double BaselineShortfall,
    double RemainingShare,
    double TargetShortfall,
    int ReferenceYear,
    double ReferenceValue,
    double TargetValue,
    string Formula);

/// <summary>Progress toward one target (Open SDG method 2).</summary>
public sealed record TargetProgressResponse(
    TargetResponse Target,
    GapTargetResponse? GapTarget,
    ProgressSeriesResponse Progress,
    IReadOnlyList<MissingFigureResponse> MissingFigures);
