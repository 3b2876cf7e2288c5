using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsAggregator.Web.Pages;

/// <summary>What users see for errors and status codes: never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Message { get; private set; } = "The error has been logged. Please try again later.";

    public void OnGet(int? code)
    {
        if (code == StatusCodes.Status404NotFound)
        {
            Heading = "Not found";
            Message = "There is nothing at this address. The story or article may have been removed.";
        }
        else if (code is >= 400 and < 500)
        {
            Heading = "Bad request";
            Message = "The request could not be understood.";
        }
    }
}
