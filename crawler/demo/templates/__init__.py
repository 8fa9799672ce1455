"""One module a CMS look-alike; ``TEMPLATES`` maps the ``template`` names of portals.yml to them."""

from crawler.demo.templates.aspnet import AspNet
from crawler.demo.templates.dnn import Dnn
from crawler.demo.templates.drupal import Drupal
from crawler.demo.templates.egov import EGov
from crawler.demo.templates.joomla import Joomla
from crawler.demo.templates.liferay import Liferay
from crawler.demo.templates.liferay7 import Liferay7
from crawler.demo.templates.newsroom import Newsroom
from crawler.demo.templates.nukeviet import NukeViet
from crawler.demo.templates.querycms import QueryCms
from crawler.demo.templates.sharepoint import SharePoint
from crawler.demo.templates.tablesite import TableSite
from crawler.demo.templates.vhv import Vhv
from crawler.demo.templates.webforms import WebForms
from crawler.demo.templates.wordpress import WordPress

TEMPLATES = {
    "sharepoint": SharePoint,
    "nukeviet": NukeViet,
    "liferay": Liferay,
    "wordpress": WordPress,
    "tablesite": TableSite,
    "aspnet": AspNet,
    "vhv": Vhv,
    "dnn": Dnn,
    "liferay7": Liferay7,
    "webforms": WebForms,
    "newsroom": Newsroom,
    "joomla": Joomla,
    "egov": EGov,
    "drupal": Drupal,
    "querycms": QueryCms,
}
