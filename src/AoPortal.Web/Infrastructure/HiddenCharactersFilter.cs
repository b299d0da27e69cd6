using Microsoft.AspNetCore.Mvc.Filters;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Refuses form answers carrying characters nobody types and nobody can see: control characters (other than tab and
/// line breaks) and the bidirectional overrides that can make text read differently from how it is stored (a file
/// "invoice‮fdp.exe"). Shown encoded they are harmless on a page, but they would travel on into emails, the Register CSV
/// and other systems. One rule for every form, so no field can be forgotten; the field gets a GOV.UK error message.
/// </summary>
public sealed class HiddenCharactersFilter : IAsyncActionFilter
{
    public const string Message = "Remove the hidden or control characters from this answer (they can come with text copied from another program)";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var (key, values) in await FormOrEmptyAsync(context.HttpContext.Request))
        {
            if (values.Any(v => v is not null && v.Any(IsHidden)))
            {
                context.ModelState.AddModelError(key, Message);
                ErrorOrder.Record(context.HttpContext, key);
            }
        }

        await next();
    }

    /// <summary>The posted form; none for a request without one, or with one that cannot be read (refused as a bad request elsewhere).</summary>
    private static async Task<IFormCollection> FormOrEmptyAsync(HttpRequest request)
    {
        if (!request.HasFormContentType) return FormCollection.Empty;
        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return FormCollection.Empty;
        }
    }

    /// <summary>C0 and C1 control characters except tab, line feed and carriage return; bidirectional embeddings, overrides and isolates.</summary>
    public static bool IsHidden(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
