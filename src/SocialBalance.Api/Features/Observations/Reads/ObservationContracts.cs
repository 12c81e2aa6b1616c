using Microsoft.AspNetCore.Mvc;
using SocialBalance.Api.Features.InputRules;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Observations.Reads;

/// <summary>One yearly figure of one indicator for one area.</summary>
/// <param name="Indicator">Indicator code (see /api/v1/indicators).</param>
/// <param name="Area">Area code (see /api/v1/areas).</param>
/// <param name="Year">The year the figure describes.</param>
/// <param name="Value">The figure, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The indicator's unit.</param>
/// <param name="Numerator">The count behind a share, where known.</param>
/// <param name="Denominator">The population behind a share, where known.</param>
/// <param name="Status"><c>official</c>, <c>reported</c> (posted by an organisation) or <c>illustrative</c> (demo data, never official).</param>
/// <param name="Source">Where the figure comes from.</param>
/// <param name="Note">A remark on the figure.</param>
/// <param name="LastUpdated">When the figure was last written or retracted (UTC).</param>
/// <param name="Retracted">True only in <c>updatedSince</c> answers, for a figure retracted since: drop it from a copy.</param>
public sealed record ObservationResponse(
    string Indicator,
    string Area,
    int Year,
    double Value,
    string Unit,
    double? Numerator,
    double? Denominator,
    [ClosedVocabulary(typeof(ObservationStatuses), "ObservationStatus")] string Status,
    string? Source,
    string? Note,
    DateTimeOffset LastUpdated,
    bool Retracted);

/// <summary>Filters and paging of the figure list.</summary>
public sealed record ObservationListQuery(
    [FromQuery(Name = "indicator")] string? Indicator,
    [FromQuery(Name = "area")] string? Area,
    [FromQuery(Name = "from")] int? From,
    [FromQuery(Name = "to")] int? To,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize,
    [FromQuery(Name = "asOf")] DateTimeOffset? AsOf = null,
    [FromQuery(Name = "updatedSince")] DateTimeOffset? UpdatedSince = null)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
    public const int MinYear = YearLimits.QueryMin;
    public const int MaxYear = YearLimits.QueryMax;

    public int PageOrDefault => Page ?? 1;

    public int PageSizeOrDefault => PageSize ?? DefaultPageSize;
}

internal sealed class ObservationRow
{
    public string IndicatorCode { get; init; } = "";
    public string AreaCode { get; init; } = "";
    public int Year { get; init; }
    public double Value { get; init; }
    public string Unit { get; init; } = "";
    public double? Numerator { get; init; }
    public double? Denominator { get; init; }
    public string StatusCode { get; init; } = "";
    public string? Source { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? RetractedAt { get; init; }

    public ObservationResponse ToResponse() => new(
        IndicatorCode, AreaCode, Year, Value, Unit, Numerator, Denominator, StatusCode, Source, Note, UpdatedAt, RetractedAt is not null);
}
