using System.Globalization;

namespace Briefings.Outputs.Pages.Models;

internal static class Dates
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Dates as readers see them are the language's: InterfaceText.Date and Month.
}
