namespace SocialBalance.Api.Infrastructure.Database;

/// <summary>Joins fixed SQL fragments; values never pass through here, they stay parameters.</summary>
public static class SqlFragments
{
    /// <summary>
    /// A WHERE clause of the conditions that apply, or nothing when none does. Shared by the queries that
    /// compose filters, so their runtime SQL and the statements they list for the parser tests are built alike.
    /// </summary>
    public static string Where(IReadOnlyCollection<string> conditions) =>
        conditions.Count == 0 ? "" : "\nWHERE " + string.Join(" AND ", conditions);
}
