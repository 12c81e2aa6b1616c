namespace SocialBalance.Api.Features.Observations.Writes;

/// <summary>How many rows a write received, and what it did with them: the import record's counts.</summary>
internal readonly record struct ImportCounts(int Received, int Created, int Updated, int Unchanged, int Retracted);

/// <summary>
/// What a write will do with each checked observation, decided from the observations as they stand and nothing else
/// (no database, no clock): create, update, leave unchanged, refuse as another's (a reporter's observation must be its
/// own to change) or as a conflict (create-only). The writes come in lock order: area, indicator, year.
/// </summary>
internal sealed class ObservationWritePlan
{
    private ObservationWritePlan(int received) => Received = received;

    public List<(CheckedObservation Observation, StoredObservation? Current)> Writes { get; } = [];

    /// <summary>Rows whose observation stands in another organisation's name: 403.</summary>
    public List<RowError> NotOwn { get; } = [];

    /// <summary>Rows whose observation stands already, under mode=create-only: 409.</summary>
    public List<RowError> Conflicts { get; } = [];

    public int Received { get; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public ImportCounts Counts => new(Received, Created, Updated, Unchanged, 0);

    public static ObservationWritePlan Make(
        IReadOnlyList<CheckedObservation> observations, IReadOnlyDictionary<(string, string, int), StoredObservation> stored, Caller caller, ImportMode mode)
    {
        var plan = new ObservationWritePlan(observations.Count);
        foreach (var observation in observations)
        {
            stored.TryGetValue((observation.Indicator, observation.Area, observation.Year), out var current);
            plan.Add(observation, current, caller, mode);
        }

        plan.Writes.Sort((a, b) => InLockOrder(a.Observation, b.Observation));
        return plan;
    }

    public ImportSummary Summary(long? importId, bool dryRun) => new(importId, dryRun, Received, Created, Updated, Unchanged);

    private void Add(CheckedObservation observation, StoredObservation? current, Caller caller, ImportMode mode)
    {
        var stands = current is { Stands: true };
        if (!ObservationOwnership.MayChange(caller, current))
        {
            // Even the same content: whose observation it is decides, not whether it would change.
            NotOwn.Add(ObservationOwnership.Refusal(observation.Row, current!));
        }
        else if (current is not null && current.SameContent(observation))
        {
            Unchanged++;
        }
        else if (stands && mode == ImportMode.CreateOnly)
        {
            Conflicts.Add(new RowError(observation.Row, "year",
                $"The figure ({observation.Indicator}, {observation.Area}, {observation.Year}) already exists; mode=create-only does not change it."));
        }
        else
        {
            Writes.Add((observation, current));
            if (stands)
            {
                Updated++;
            }
            else
            {
                Created++;
            }
        }
    }

    private static int InLockOrder(CheckedObservation a, CheckedObservation b)
    {
        var order = string.CompareOrdinal(a.Area, b.Area);
        order = order != 0 ? order : string.CompareOrdinal(a.Indicator, b.Indicator);
        return order != 0 ? order : a.Year.CompareTo(b.Year);
    }
}
