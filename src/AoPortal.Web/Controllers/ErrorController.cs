using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>The pages shown for 400, 403, 404, 429 and 500, in GOV.UK wording.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
// The error pages are shown by re-running the failed request, POSTs included: a form refused for its antiforgery token
// must still get its page, not a second, empty refusal.
[IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Show(int statusCode)
    {
        // Re-running a refused request keeps the status it was refused with. A POST's form is bound again on the way
        // here and a hostile one can spoil the route value, so the status comes from the re-execution when there is one.
        statusCode = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? statusCode;
        Response.StatusCode = statusCode is >= 400 and <= 599 ? statusCode : StatusCodes.Status404NotFound;
        return View(Response.StatusCode switch
        {
            400 => "BadRequest",
            403 => "Forbidden",
            404 => "NotFound",
            429 => "TooManyRequests",
            _ => "ServerError",
        });
    }
}
