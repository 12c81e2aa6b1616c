using System.Text;

namespace SocialBalance.Api.Tests.Infrastructure;

/// <summary>A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.</summary>
public static class CsvReader
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, $"A quote inside an unquoted field at {i}.");
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"A bare CR at {i}: records must end in CRLF.");
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                Assert.True(c != '\n', $"A bare LF at {i}: records must end in CRLF.");
                field.Append(c);
            }
        }

        Assert.False(quoted, "The text ends inside a quoted field.");
        Assert.True(field.Length == 0 && fields.Count == 0, "The last record does not end in CRLF.");
        return records;
    }
}
