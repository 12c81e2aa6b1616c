using System.Security.Claims;
using SocialBalance.Api.Infrastructure.Auth;

namespace SocialBalance.Api.Features.Observations;

/// <summary>Who writes: from the API key's claims, never from the body.</summary>
internal sealed record Caller(string Organisation, long? KeyId, bool IsAdmin)
{
    public static Caller From(ClaimsPrincipal user) => new(user.Organisation(), user.KeyId(), user.IsAdmin());
}

internal enum ImportKind
{
    Single,
    Batch,
    Retraction,
}

/// <summary>A figure as it stands, read under lock before it is written.</summary>
internal sealed class ExistingFigure
{
    public long Id { get; init; }
    public string IndicatorCode { get; init; } = "";
    public string AreaCode { get; init; } = "";
    public int Year { get; init; }
    public double Value { get; init; }
    public double? Numerator { get; init; }
    public double? Denominator { get; init; }
    public string StatusCode { get; init; } = "";
    public string? Source { get; init; }
    public string? Note { get; init; }
    public int Revision { get; init; }
    public DateTimeOffset? RetractedAt { get; init; }
    public string? OrganisationCode { get; init; }
    public long? ApiKeyId { get; init; }
    public long? ImportId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool SameContent(ValidFigure figure) =>
        RetractedAt is null && Value.Equals(figure.Value) && Numerator.Equals(figure.Numerator)
        && Denominator.Equals(figure.Denominator) && string.Equals(Note, figure.Note, StringComparison.Ordinal);
}

/// <summary>The outcome of a write: done (with its summary), or refused with the rows at fault.</summary>
internal abstract record WriteOutcome
{
    public sealed record Done(ImportSummary Summary) : WriteOutcome;

    public sealed record Conflict(IReadOnlyList<RowError> Rows) : WriteOutcome;
}

/// <summary>The outcome of a retraction.</summary>
internal enum RetractionOutcome
{
    Retracted,
    NotFound,
    Forbidden,
}
