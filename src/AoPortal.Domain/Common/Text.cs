namespace AoPortal.Domain.Common;

public static class Text
{
    /// <summary>
    /// A name used inside a sentence: its first letter in lower case ("Degree and GCSEs" → "degree and GCSEs"),
    /// unless it starts with an abbreviation ("GCSE maths", "QTS awarded"), which stays as written.
    /// </summary>
    public static string LowerFirst(string name) =>
        name.Length == 0 || (name.Length > 1 && char.IsUpper(name[1])) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
