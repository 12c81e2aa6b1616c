using System.Text.Json.Serialization;
using SocialBalance.Api.Infrastructure.OpenApi;

namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>
/// One figure to post. Only these fields are accepted: organisation, status, revision and ids come from the
/// key and the server, and a body that tries to set them is refused (400), never silently trimmed.
/// </summary>
/// <param name="Indicator">Indicator code (see /api/v1/indicators).</param>
/// <param name="Area">Area code; a reporter key may post only for the areas linked to its organisation.</param>
/// <param name="Year">The year the figure describes: 1990 to the current year.</param>
/// <param name="Value">The figure in the indicator's unit, inside its valid range, with at most its decimals.</param>
/// <param name="Numerator">The count behind a share; with <paramref name="Denominator"/> only, and not above it.</param>
/// <param name="Denominator">The population behind a share; <paramref name="Value"/> must agree with numerator/denominator.</param>
/// <param name="Note">A remark on the figure (at most 1000 characters).</param>
public sealed record ObservationInput(
    [property: JsonRequired] string Indicator,
    [property: JsonRequired] string Area,
    [property: JsonRequired] int Year,
    [property: JsonRequired] double Value,
    double? Numerator = null,
    double? Denominator = null,
    string? Note = null);

/// <summary>How a batch treats figures that already exist.</summary>
public enum ImportMode
{
    /// <summary>Existing figures are updated (a new revision); identical ones are left unchanged.</summary>
    Upsert,

    /// <summary>An existing (not retracted) figure is a conflict: 409, nothing written.</summary>
    CreateOnly,
}

/// <summary>What a write did. A dry run answers the same counts with <paramref name="ImportId"/> null.</summary>
/// <param name="ImportId">The import's id (see /api/v1/imports/{id}); null on a dry run.</param>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Received">Rows received.</param>
/// <param name="Created">Figures that did not exist (or were retracted) and now do.</param>
/// <param name="Updated">Figures whose value, counts or note changed: each is a new revision.</param>
/// <param name="Unchanged">Figures posted again with the same content: no new revision.</param>
public sealed record ImportSummary(long? ImportId, bool DryRun, int Received, int Created, int Updated, int Unchanged);

/// <summary>One refused row of a write.</summary>
/// <param name="Row">The row: the CSV line number (the header is line 1), or the 1-based position in the JSON array.</param>
/// <param name="Field">The field at fault.</param>
/// <param name="Reason">Why it was refused.</param>
public sealed record RowError(int Row, string Field, string Reason);

/// <summary>A row as read from JSON or CSV, before it is checked. Nulls are missing or unreadable fields.</summary>
internal sealed record UncheckedObservation(int Row, string? Indicator, string? Area, int? Year, double? Value, double? Numerator, double? Denominator, string? Note)
{
    /// <summary>Fields that could not be read (e.g. a year that is not a number); such a row is checked no further.</summary>
    public IReadOnlyList<RowError> ReadErrors { get; init; } = [];

    public static UncheckedObservation From(int row, ObservationInput input) =>
        new(row, input.Indicator, input.Area, input.Year, input.Value, input.Numerator, input.Denominator, input.Note);
}

/// <summary>Options of a batch upload.</summary>
public sealed record BatchOptions(
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "dryRun")] bool? DryRun,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "mode"), Infrastructure.OpenApi.ClosedVocabulary(typeof(ImportMode))] string? Mode)
{
    public const string UpsertMode = "upsert";
    public const string CreateOnlyMode = "create-only";

    public ImportMode ImportMode => Mode == CreateOnlyMode ? ImportMode.CreateOnly : ImportMode.Upsert;
}

/// <summary>One figure's key: which indicator, area and year.</summary>
public sealed record ObservationKeyQuery(
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "indicator"), System.ComponentModel.Description(ParameterText.OneIndicator)] string? Indicator,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "area"), System.ComponentModel.Description("One area code, e.g. `vaerebro-park` (see /api/v1/areas).")] string? Area,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "year")] int? Year);
