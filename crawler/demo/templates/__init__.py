"""One module a CMS look-alike; ``TEMPLATES`` maps the ``template`` names of portals.yml to them."""

from govnews.crawler.demo.templates.aspnet import AspNet
from govnews.crawler.demo.templates.dnn import Dnn
from govnews.crawler.demo.templates.drupal import Drupal
from govnews.crawler.demo.templates.egov import EGov
from govnews.crawler.demo.templates.joomla import Joomla
from govnews.crawler.demo.templates.liferay import Liferay
from govnews.crawler.demo.templates.liferay7 import Liferay7
from govnews.crawler.demo.templates.newsroom import Newsroom
from govnews.crawler.demo.templates.nukeviet import NukeViet
from govnews.crawler.demo.templates.querycms import QueryCms
from govnews.crawler.demo.templates.sharepoint import SharePoint
from govnews.crawler.demo.templates.tablesite import TableSite
from govnews.crawler.demo.templates.vhv import Vhv
from govnews.crawler.demo.templates.webforms import WebForms
from govnews.crawler.demo.templates.wordpress import WordPress

from .blogger import BloggerBlog
from .dnn9 import DnnPortal
from .domino import DominoPortal
from .drupal10 import Drupal10
from .emag import EmagNewsroom
from .frameset import FrameSite
from .httrack import HtTrack
from .hugosite import HugoSite
from .joomla4 import JoomlaHelix
from .mcmsportal import McmsPortal
from .mvcportal import MvcPortal
from .nextssr import NextSsr
from .nvdistrict import NvDistrict
from .oracleportal import OraclePortal
from .smalldept import SmallDept
from .sp2013 import SharePoint2013
from .spaportal import SpaPortal
from .strutsportal import StrutsPortal
from .tenant import TenantPortal
from .unionportal import UnionPortal
from .vendorcms import VendorCms
from .webcenter import WebCenter
from .websphere import WebSphere
from .wpelementor import WpElementor
from .wpyoast import WpYoast

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
    "smalldept": SmallDept,
    "vendorcms": VendorCms,
    "httrack": HtTrack,
    "wpyoast": WpYoast,
    "nextssr": NextSsr,
    "websphere": WebSphere,
    "webcenter": WebCenter,
    "mvcportal": MvcPortal,
    "frameset": FrameSite,
    "emag": EmagNewsroom,
    "tenant": TenantPortal,
    "unionportal": UnionPortal,
    "blogger": BloggerBlog,
    "hugo": HugoSite,
    "nvdistrict": NvDistrict,
    "sp2013": SharePoint2013,
    "joomla4": JoomlaHelix,
    "dnn9": DnnPortal,
    "domino": DominoPortal,
    "oracleportal": OraclePortal,
    "spaportal": SpaPortal,
    "drupal10": Drupal10,
    "wpelementor": WpElementor,
    "strutsportal": StrutsPortal,
    "mcms": McmsPortal,
}
