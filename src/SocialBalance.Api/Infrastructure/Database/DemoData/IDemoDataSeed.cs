namespace SocialBalance.Api.Infrastructure.Database.DemoData;

/// <summary>
/// Demo content a feature loads beside the demo figures, such as illustrative targets. Features register their
/// seeds; the database setup runs them after the figures, and so never needs to know any feature.
/// </summary>
public interface IDemoDataSeed
{
    /// <summary>What is loaded, in words for the log ("illustrative demo targets").</summary>
    string What { get; }

    /// <summary>Loads the content into an empty table; returns how many rows were loaded (0 when there was content).</summary>
    Task<int> SeedAsync(DbConnectionFactory factory, TimeProvider clock, CancellationToken ct);
}
