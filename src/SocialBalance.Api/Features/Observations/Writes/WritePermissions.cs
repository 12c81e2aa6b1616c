using System.Security.Claims;
using SocialBalance.Api.Infrastructure.Auth;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>Who writes: from the API key's claims, never from the body.</summary>
internal sealed record Caller(string Organisation, long? KeyId, bool IsAdmin)
{
    public static Caller From(ClaimsPrincipal user) => new(user.Organisation(), user.KeyId(), user.IsAdmin());
}

/// <summary>
/// What a reporter key may write: the indicators its organisation is granted (never one of an official source) and
/// the areas linked to it. Read inside the write's transaction, so a grant withdrawn meanwhile cannot be used.
/// </summary>
internal sealed record ReporterPermissions(IReadOnlySet<string> Areas, IReadOnlySet<string> Indicators)
{
    /// <summary>Why the key may not write the figure (indicator, area): each field at fault, none when it may. A null
    /// code is not judged.</summary>
    public IEnumerable<RowError> Refusals(int row, string? indicator, string? area)
    {
        if (indicator is not null && !Indicators.Contains(indicator))
        {
            yield return new RowError(row, "indicator", $"This key's organisation is not granted '{indicator}' (see /api/v1/organisations).");
        }

        if (area is not null && !Areas.Contains(area))
        {
            yield return new RowError(row, "area", $"This key's organisation may not post figures for '{area}' (see /api/v1/organisations).");
        }
    }
}

/// <summary>
/// Provenance decides who may change a figure that stands: the organisation that wrote its current revision, or an
/// admin key. A figure loaded from its source (revision 0, no organisation) is nobody's to replace but an admin's.
/// A retracted figure does not stand, so it may be posted anew by whoever may post the indicator for the area.
/// </summary>
internal static class ObservationOwnership
{
    public static bool MayChange(Caller caller, StoredObservation? current) =>
        caller.IsAdmin || current is null || !current.Stands
        || string.Equals(current.OrganisationCode, caller.Organisation, StringComparison.Ordinal);

    /// <summary>The refusal, naming the year as a conflict with an existing figure does: the figure's key is taken.</summary>
    public static RowError Refusal(int row, StoredObservation current)
    {
        var figure = $"({current.IndicatorCode}, {current.AreaCode}, {current.Year})";
        var writer = current.OrganisationCode is { } organisation
            ? $"was last written by '{organisation}'"
            : $"was loaded from its source ({current.Source ?? current.StatusCode})";
        return new RowError(row, "year", $"The figure {figure} {writer}; only that organisation or an admin key may replace or retract it.");
    }
}
