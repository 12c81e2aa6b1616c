namespace SocialBalance.Api.Features.Catalogue;

/// <summary>
/// The catalogue as the service keeps it between requests, reloaded when the database's catalogue version moves
/// (within the data version's bound for changes made elsewhere). Codes are never deleted, so a code it knows exists.
/// </summary>
public interface IKeptCatalogue
{
    Task<CatalogueSnapshot> LoadCatalogueAsync(CancellationToken ct);
}
