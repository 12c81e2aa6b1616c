using System.Text.Json.Nodes;

namespace SocialBalance.Api.Tests.Published;

/// <summary>The comparison of two instances' answers hides only what is volatile, and says where the rest differs.</summary>
public sealed class AnswerComparisonTests
{
    private static readonly HashSet<string> NoExtra = [];

    [Fact]
    public void Volatile_fields_are_masked_at_any_depth_and_the_rest_still_compares()
    {
        var left = JsonNode.Parse("""{"items":[{"value":1.5,"lastUpdated":"2025-01-01T00:00:00Z","importId":3}],"traceId":"00-a"}""");
        var right = JsonNode.Parse("""{"traceId":"00-b","items":[{"importId":7,"lastUpdated":"2026-06-01T12:00:00.123456Z","value":1.50}]}""");

        Assert.Empty(JsonDiff.Differences(VolatileFields.Mask(left, NoExtra), VolatileFields.Mask(right, NoExtra), "A", "B"));

        right!["items"]![0]!["value"] = 1.6;
        var difference = Assert.Single(JsonDiff.Differences(VolatileFields.Mask(left, NoExtra), VolatileFields.Mask(right, NoExtra), "A", "B"));
        Assert.Equal("$.items[0].value: A 1.5, B 1.6", difference);
    }

    [Fact]
    public void A_masked_field_that_is_null_on_one_side_still_differs()
    {
        var left = JsonNode.Parse("""{"retractedAt":null,"importId":null}""");
        var right = JsonNode.Parse("""{"retractedAt":"2026-01-01T00:00:00Z","importId":null}""");

        var difference = Assert.Single(JsonDiff.Differences(VolatileFields.Mask(left, NoExtra), VolatileFields.Mask(right, NoExtra), "A", "B"));
        Assert.StartsWith("$.retractedAt: A null, B", difference);
    }

    [Fact]
    public void Extra_masks_apply_only_where_asked()
    {
        var left = JsonNode.Parse("""{"id":1,"key":"sbk_a"}""");
        var right = JsonNode.Parse("""{"id":2,"key":"sbk_b"}""");

        Assert.Equal(2, JsonDiff.Differences(VolatileFields.Mask(left, NoExtra), VolatileFields.Mask(right, NoExtra), "A", "B").Count);
        var secrets = new HashSet<string> { "id", "key" };
        Assert.Empty(JsonDiff.Differences(VolatileFields.Mask(left, secrets), VolatileFields.Mask(right, secrets), "A", "B"));
    }

    [Fact]
    public void Missing_properties_extra_items_and_a_different_csv_line_are_named()
    {
        var left = JsonNode.Parse("""{"codes":["a","b"],"title":"x","csv":"code,name\r\na,Å\r\n"}""");
        var right = JsonNode.Parse("""{"codes":["a"],"csv":"code,name\r\na,A\r\n"}""");

        Assert.Equal(
            [
                "$.codes: A has 2 items, B 1",
                "$.title: A \"x\", B (absent)",
                "$.csv: line 2: A \"a,Å\", B \"a,A\"",
            ],
            JsonDiff.Differences(left, right, "A", "B"));
    }

    [Fact]
    public void Status_and_headers_are_part_of_the_answer_compared()
    {
        var ok = new Answer("GET /x", HttpStatusCode.OK, HttpStatusCode.OK, "application/json", null, "\"1\"", null, """{"a":1}""", NoExtra);
        var missing = ok with { Status = HttpStatusCode.NotFound, ETag = null };

        Assert.Equal(
            ["$.status: A 200, B 404", "$.etag: A \"(volatile)\", B null"],
            JsonDiff.Differences(ok.Comparable(), missing.Comparable(), "A", "B"));
    }
}
