namespace SocialBalance.Api.Infrastructure.Http.Formats;

/// <summary>What a spreadsheet says of an indicator whose figures it shows: its names, unit, decimals and origin.</summary>
public sealed record SheetIndicator(string Code, string NameDa, string NameEn, string Unit, int Decimals, string Source, string Supplier);

/// <summary>The indicator catalogue as a spreadsheet needs it (the catalogue itself is a feature; this is its view).</summary>
public interface ISheetIndicators
{
    Task<IReadOnlyDictionary<string, SheetIndicator>> LoadAsync(CancellationToken ct);
}
