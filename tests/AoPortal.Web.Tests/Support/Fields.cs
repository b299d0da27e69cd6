namespace AoPortal.Web.Tests.Support;

/// <summary>Form fields in order; a name may appear more than once (checkbox groups).</summary>
public static class Fields
{
    public static List<KeyValuePair<string, string>> Of(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
}
