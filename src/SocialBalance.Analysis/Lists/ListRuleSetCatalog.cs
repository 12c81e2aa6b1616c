namespace SocialBalance.Analysis.Lists;

/// <summary>Picks the rule set valid in a given year from a list of versioned rule sets.</summary>
public sealed class ListRuleSetCatalog
{
    private readonly List<ListRuleSet> _ruleSets;

    /// <exception cref="ArgumentException">Two rule sets valid in the same year: the choice would be ambiguous.</exception>
    public ListRuleSetCatalog(IEnumerable<ListRuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        _ruleSets = ruleSets.OrderBy(r => r.ValidFrom).ToList();
        for (var i = 1; i < _ruleSets.Count; i++)
        {
            var earlier = _ruleSets[i - 1];
            if (earlier.ValidTo is null || earlier.ValidTo >= _ruleSets[i].ValidFrom)
            {
                throw new ArgumentException(
                    $"Rule sets '{earlier.Code}' and '{_ruleSets[i].Code}' overlap.", nameof(ruleSets));
            }
        }
    }

    public IReadOnlyList<ListRuleSet> RuleSets => _ruleSets;

    /// <summary>The rule set valid in <paramref name="year"/>, or null when none is.</summary>
    public ListRuleSet? ValidIn(int year)
    {
        for (var i = 0; i < _ruleSets.Count; i++)
        {
            if (_ruleSets[i].IsValidIn(year)) return _ruleSets[i];
        }

        return null;
    }
}
