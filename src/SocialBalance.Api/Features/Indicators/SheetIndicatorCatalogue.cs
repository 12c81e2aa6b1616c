using SocialBalance.Api.Infrastructure.Http.Formats;

namespace SocialBalance.Api.Features.Indicators;

/// <summary>The indicator catalogue as spreadsheets show it: each indicator's decimals, names, unit and source.</summary>
public sealed class SheetIndicatorCatalogue(IndicatorQueries queries) : ISheetIndicators
{
    public async Task<IReadOnlyDictionary<string, SheetIndicator>> LoadAsync(CancellationToken ct) =>
        (await queries.ListAsync(theme: null, ct)).ToDictionary(
            i => i.Code,
            i => new SheetIndicator(i.Code, i.Name.Da, i.Name.En, i.Unit, i.Decimals, i.Source, i.Supplier),
            StringComparer.Ordinal);
}
