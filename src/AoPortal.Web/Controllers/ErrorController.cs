using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AoPortal.Web.Controllers;

/// <summary>The pages shown for 400, 403, 404, 429 and 500, in GOV.UK wording.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Show(int statusCode)
    {
        Response.StatusCode = statusCode;
        return View(statusCode switch
        {
            400 => "BadRequest",
            403 => "Forbidden",
            404 => "NotFound",
            429 => "TooManyRequests",
            _ => "ServerError",
        });
    }
}
