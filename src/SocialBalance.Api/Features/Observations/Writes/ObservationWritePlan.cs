using System.Security.Claims;
using SocialBalance.Api.Infrastructure.Auth;

namespace SocialBalance.Api.Features.Observations.Writes;

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
internal sealed class StoredObservation
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

    public bool SameContent(CheckedObservation figure) =>
        RetractedAt is null && Value.Equals(figure.Value) && Numerator.Equals(figure.Numerator)
        && Denominator.Equals(figure.Denominator) && string.Equals(Note, figure.Note, StringComparison.Ordinal);
}

/// <summary>
/// What a write will do with each valid figure, from the figures as they stand: create, update, leave unchanged,
/// refuse as another's (a reporter's figure must be its own to change) or as a conflict (create-only). The writes
/// come in lock order: area, indicator, year.
/// </summary>
internal sealed class ObservationWritePlan
{
    public List<(CheckedObservation Figure, StoredObservation? Current)> Writes { get; } = [];
    public List<RowError> NotOwn { get; } = [];
    public List<RowError> Conflicts { get; } = [];
    public int Received { get; private init; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }

    public static ObservationWritePlan Make(IReadOnlyList<CheckedObservation> figures, IReadOnlyDictionary<(string, string, int), StoredObservation> existing, Caller caller, ImportMode mode)
    {
        var plan = new ObservationWritePlan { Received = figures.Count };
        foreach (var figure in figures)
        {
            existing.TryGetValue((figure.Indicator, figure.Area, figure.Year), out var current);
            var stands = current is not null && current.RetractedAt is null;
            if (!ObservationOwnership.MayChange(caller, current))
            {
                // Even the same content: whose figure it is decides, not whether it would change.
                plan.NotOwn.Add(ObservationOwnership.Refusal(figure.Row, current!));
            }
            else if (current is not null && current.SameContent(figure))
            {
                plan.Unchanged++;
            }
            else if (stands && mode == ImportMode.CreateOnly)
            {
                plan.Conflicts.Add(new RowError(figure.Row, "year", $"The figure ({figure.Indicator}, {figure.Area}, {figure.Year}) already exists; mode=create-only does not change it."));
            }
            else
            {
                plan.Writes.Add((figure, current));
                if (stands)
                {
                    plan.Updated++;
                }
                else
                {
                    plan.Created++;
                }
            }
        }

        plan.Writes.Sort((a, b) => InLockOrder(a.Figure, b.Figure));
        return plan;
    }

    public ImportSummary Summary(long? importId, bool dryRun) => new(importId, dryRun, Received, Created, Updated, Unchanged);

    private static int InLockOrder(CheckedObservation a, CheckedObservation b)
    {
        var order = string.CompareOrdinal(a.Area, b.Area);
        order = order != 0 ? order : string.CompareOrdinal(a.Indicator, b.Indicator);
        return order != 0 ? order : a.Year.CompareTo(b.Year);
    }
}
