using System.Text;
using System.Text.RegularExpressions;

namespace AoPortal.Web.Tests.Support;

/// <summary>The .eml files the portal writes to its pickup folder when no SMTP host is set.</summary>
public sealed partial class Mailbox(string folder)
{
    public sealed record Message(string To, string Subject, string Body, DateTime WrittenAt);

    public IReadOnlyList<Message> All()
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml")
            .Select(path => Read(path))
            .OrderBy(m => m.WrittenAt)
            .ToList();
    }

    /// <summary>The newest message to an address; fails the test when there is none.</summary>
    public Message LatestTo(string address) =>
        All().LastOrDefault(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase))
        ?? throw new Xunit.Sdk.XunitException($"No email to {address} in {folder}");

    public int CountTo(string address) => All().Count(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase));

    /// <summary>The set-password link in the newest message to an address.</summary>
    public string SetPasswordLinkTo(string address)
    {
        var message = LatestTo(address);
        var match = SetPasswordLink().Match(message.Body);
        Assert.True(match.Success, $"No set-password link in the email to {address}:\n{message.Body}");
        return match.Value;
    }

    public static Message Read(string path)
    {
        var text = File.ReadAllText(path);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 4)..];
        var headers = Unfold(headerText);
        string Header(string name) => headers.TryGetValue(name, out var value) ? value : "";

        var encoding = Header("Content-Transfer-Encoding").Trim().ToLowerInvariant();
        body = encoding switch
        {
            "quoted-printable" => DecodeQuotedPrintable(body),
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\r', '\n')))),
            _ => body,
        };
        return new Message(Header("To"), Header("Subject"), body, File.GetLastWriteTimeUtc(path));
    }

    private static Dictionary<string, string> Unfold(string headerText)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in headerText.Split("\r\n"))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }

        return headers;
    }

    /// <summary>Soft line breaks ("=" at a line's end) join lines; "=XX" is a byte in hex; bytes are UTF-8.</summary>
    public static string DecodeQuotedPrintable(string input)
    {
        var joined = input.Replace("=\r\n", "").Replace("=\n", "");
        var bytes = new List<byte>(joined.Length);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"http://localhost/set-password\?userId=[0-9a-fA-F-]+&token=[^\s]+")]
    private static partial Regex SetPasswordLink();
}
