using System.Security.Cryptography;
using System.Text;

namespace KiroSpecs.Core.IO;

/// <summary>SHA-256 of text, as lowercase hex: used for the generated-file marker, approvals and the cache key.</summary>
public static class ContentHash
{
    /// <summary>Hash of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        using var sha = SHA256.Create();
        return ToHex(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Lowercase hex of bytes.</summary>
    public static string ToHex(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            sb.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xF]);
        }

        return sb.ToString();
    }
}
