namespace SocialBalance.Api.Infrastructure.OpenApi;

/// <summary>
/// A validator's limit on the length of each language of a text, which the contract states as each one's maxLength.
/// Declared here, beside the filter that reads it, so the validators that carry it depend on the contract's plumbing
/// and not the other way round.
/// </summary>
public interface ITextLengthLimit
{
    int MaxLength { get; }
}
