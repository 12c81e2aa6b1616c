using SocialBalance.Api.Infrastructure.Caching;

namespace SocialBalance.Api.Tests.Features.Caching;

/// <summary>The answer cache's own rules, without HTTP: one version at a time, a byte budget, waiters always released.</summary>
public sealed class ResponseCacheBoundsTests
{
    private static readonly DataVersion V1 = new(1, 1);
    private static readonly DataVersion V2 = new(1, 2);

    [Fact]
    public void An_answer_is_served_under_the_version_it_was_kept_at_and_under_no_other()
    {
        var cache = new ResponseCache(maxBytes: 1 << 20);
        Assert.True(cache.Find(V1, "a").Fill!.Complete(Answer(10)));

        Assert.NotNull(cache.Find(V1, "a").Cached);
        Assert.Null(cache.Find(V2, "a").Cached);
        // A lower version (a restored backup) does not bring the old answers back either.
        Assert.Null(cache.Find(V1, "a").Cached);
    }

    [Fact]
    public void Past_the_byte_budget_answers_are_not_kept_and_a_new_version_starts_afresh()
    {
        var cache = new ResponseCache(maxBytes: 3100);
        Assert.True(cache.Find(V1, "a").Fill!.Complete(Answer(1000)));
        Assert.True(cache.Find(V1, "b").Fill!.Complete(Answer(1000)));
        Assert.False(cache.Find(V1, "c").Fill!.Complete(Answer(1000)));

        Assert.Null(cache.Find(V1, "c").Cached);
        Assert.Equal(2 * Answer(1000).Size, cache.Bytes);
        Assert.True(cache.Find(V2, "c").Fill!.Complete(Answer(1000)));
        Assert.Equal(Answer(1000).Size, cache.Bytes);
    }

    [Fact]
    public async Task A_second_miss_waits_for_the_first_and_gets_its_answer()
    {
        var cache = new ResponseCache(maxBytes: 1 << 20);
        var first = cache.Find(V1, "a");
        var second = cache.Find(V1, "a");
        Assert.NotNull(first.Fill);
        Assert.Null(second.Fill);
        Assert.False(second.Awaited!.IsCompleted);

        var answer = Answer(5);
        first.Fill!.Complete(answer);

        Assert.Same(answer, await second.Awaited);
    }

    [Fact]
    public async Task A_failed_first_miss_releases_its_waiters_with_nothing_and_lets_the_next_one_try()
    {
        var cache = new ResponseCache(maxBytes: 1 << 20);
        var first = cache.Find(V1, "a");
        var second = cache.Find(V1, "a");

        Assert.False(first.Fill!.Complete(null));

        Assert.Null(await second.Awaited!);
        Assert.NotNull(cache.Find(V1, "a").Fill);
    }

    private static CachedResponse Answer(int bytes) => new([], new Microsoft.Net.Http.Headers.EntityTagHeaderValue("\"x\""), new byte[bytes]);
}
