using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// A page per person and topic they are quoted or named on (<c>people/x/topics/y/</c>): each brief of the topic that
/// quotes or names them, oldest first, with their quotes in it and the sentence that names them. Paged as every list that
/// grows with the content is (<c>people/x/topics/y/page/2/</c> on); oldest first, a new brief never moves an old one to
/// another page.
/// </summary>
internal static class PersonTopicPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages, PersonNode person)
    {
        var text = pages.Graph.Config.Text;
        foreach (var pair in person.Topics)
        {
            var briefs = new PagedList<BriefNode>(pair.Url, pair.Briefs, pages.Graph.Config.Paginate);
            foreach (var number in briefs.Numbers)
            {
                var url = briefs.PageUrl(number);
                yield return new PageJob(url, "person-topic.html", models =>
                {
                    var title = briefs.Title(text, text.Format("person_topic.title", person.Person.Name, pair.Topic.Title), number);
                    var model = pages.Create(url, title, text.Format("person_topic.description", person.Person.Name, pair.Topic.Title), "people");
                    model["person"] = models.Person(person);
                    model["topic"] = models.Topic(pair.Topic);
                    model["items"] = ViewModels.Array(briefs.Page(number).Select(brief => Item(models, person, brief)));
                    model["pager"] = briefs.Pager(number);
                    return model;
                })
                // Its person's: serve renders it again with their page, which a change to their quotes renders again too.
                { Modified = LatestDates.Of(briefs.Page(number)), Entity = person.Key };
            }
        }
    }

    private static TemplateModel Item(ViewModels models, PersonNode person, BriefNode brief)
    {
        var item = models.Mention(brief, person.Key);
        var quotes = new List<TemplateModel>();
        for (var i = 0; i < brief.Brief.Quotes.Count; i++)
        {
            if (brief.Brief.Quotes[i].By.Id == person.Person.Id)
            {
                var quote = models.Quote(new QuoteEntry(brief, brief.Brief.Quotes[i], person, i));
                // The item names the brief already.
                quote["brief"] = null;
                quotes.Add(quote);
            }
        }

        item["quotes"] = ViewModels.Array(quotes);
        return item;
    }
}
