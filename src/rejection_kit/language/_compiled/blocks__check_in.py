"""blocks/check_in.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = 'eb61f88b1acecc012679bd995dd8f425'
JINJA = '3.1.6'
MACROS = (('skill_1', ('c',)), ('skill_2', ('c',)), ('skill_3', ('c',)), ('project_1', ('c',)), ('project_2', ('c',)), ('project_3', ('c',)), ('article_1', ('c',)), ('article_2', ('c',)), ('article_3', ('c',)), ('article_link_1', ('c',)), ('article_link_2', ('c',)), ('article_link_3', ('c',)), ('news_1', ('c',)), ('news_2', ('c',)), ('news_3', ('c',)), ('hello_1', ('c',)), ('hello_2', ('c',)), ('hello_3', ('c',)), ('hello_met_1', ('c',)), ('hello_met_2', ('c',)), ('hello_met_3', ('c',)), ('hello_met_4', ('c',)), ('hello_team_1', ('c',)), ('hello_team_2', ('c',)), ('hello_team_3', ('c',)), ('hello_agency_1', ('c',)), ('hello_agency_2', ('c',)), ('hello_agency_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/check_in.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_skill_1 = l_0_skill_2 = l_0_skill_3 = l_0_project_1 = l_0_project_2 = l_0_project_3 = l_0_article_1 = l_0_article_2 = l_0_article_3 = l_0_article_link_1 = l_0_article_link_2 = l_0_article_link_3 = l_0_news_1 = l_0_news_2 = l_0_news_3 = l_0_hello_1 = l_0_hello_2 = l_0_hello_3 = l_0_hello_met_1 = l_0_hello_met_2 = l_0_hello_met_3 = l_0_hello_met_4 = l_0_hello_team_1 = l_0_hello_team_2 = l_0_hello_team_3 = l_0_hello_agency_1 = l_0_hello_agency_2 = l_0_hello_agency_3 = missing
        try:
            t_1 = environment.filters['after_colon']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'after_colon' found.")
        pass
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('A quick update since we last spoke: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_2)
        context.exported_vars.add('skill_1')
        context.vars['skill_1'] = l_0_skill_1 = Macro(environment, macro, 'skill_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I have kept learning since our conversations: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_3)
        context.exported_vars.add('skill_2')
        context.vars['skill_2'] = l_0_skill_2 = Macro(environment, macro, 'skill_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('One piece of news on the skills side: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_4)
        context.exported_vars.add('skill_3')
        context.vars['skill_3'] = l_0_skill_3 = Macro(environment, macro, 'skill_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I thought you might like to hear about a project I have been working on: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_5)
        context.exported_vars.add('project_1')
        context.vars['project_1'] = l_0_project_1 = Macro(environment, macro, 'project_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Something from my recent work that connects to what your team does: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_6)
        context.exported_vars.add('project_2')
        context.vars['project_2'] = l_0_project_2 = Macro(environment, macro, 'project_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('A short update on what I have been building lately: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_7)
        context.exported_vars.add('project_3')
        context.vars['project_3'] = l_0_project_3 = Macro(environment, macro, 'project_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if environment.getattr(l_1_c, 'topic'):
                pass
                t_8.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('This made me think of our conversation about %(topic)s: %(text)s.', topic=environment.getattr(l_1_c, 'topic'), text=environment.getattr(environment.getattr(l_1_c, 'update'), 'text'))),
                )
            else:
                pass
                t_8.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('This made me think of our conversations: %(text)s.', text=environment.getattr(environment.getattr(l_1_c, 'update'), 'text'))),
                )
            return concat(t_8)
        context.exported_vars.add('article_1')
        context.vars['article_1'] = l_0_article_1 = Macro(environment, macro, 'article_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I came across something you might enjoy: %(text)s.', text=environment.getattr(environment.getattr(l_1_c, 'update'), 'text'))),
            )
            return concat(t_9)
        context.exported_vars.add('article_2')
        context.vars['article_2'] = l_0_article_2 = Macro(environment, macro, 'article_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_10.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('A recent read I wanted to pass on: %(text)s.', text=environment.getattr(environment.getattr(l_1_c, 'update'), 'text'))),
            )
            return concat(t_10)
        context.exported_vars.add('article_3')
        context.vars['article_3'] = l_0_article_3 = Macro(environment, macro, 'article_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_11 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if environment.getattr(l_1_c, 'topic'):
                pass
                t_11.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('This made me think of our conversation about %(topic)s: %(text)s (%(url)s).', topic=environment.getattr(l_1_c, 'topic'), text=environment.getattr(environment.getattr(l_1_c, 'update'), 'text'), url=environment.getattr(environment.getattr(l_1_c, 'update'), 'url'))),
                )
            else:
                pass
                t_11.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('This made me think of our conversations: %(text)s (%(url)s).', text=environment.getattr(environment.getattr(l_1_c, 'update'), 'text'), url=environment.getattr(environment.getattr(l_1_c, 'update'), 'url'))),
                )
            return concat(t_11)
        context.exported_vars.add('article_link_1')
        context.vars['article_link_1'] = l_0_article_link_1 = Macro(environment, macro, 'article_link_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I came across something you might enjoy: %(text)s (%(url)s).', text=environment.getattr(environment.getattr(l_1_c, 'update'), 'text'), url=environment.getattr(environment.getattr(l_1_c, 'update'), 'url'))),
            )
            return concat(t_12)
        context.exported_vars.add('article_link_2')
        context.vars['article_link_2'] = l_0_article_link_2 = Macro(environment, macro, 'article_link_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_13 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_13.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('A recent read I wanted to pass on: %(text)s (%(url)s).', text=environment.getattr(environment.getattr(l_1_c, 'update'), 'text'), url=environment.getattr(environment.getattr(l_1_c, 'update'), 'url'))),
            )
            return concat(t_13)
        context.exported_vars.add('article_link_3')
        context.vars['article_link_3'] = l_0_article_link_3 = Macro(environment, macro, 'article_link_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_14 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_14.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('One update from my side since we spoke: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_14)
        context.exported_vars.add('news_1')
        context.vars['news_1'] = l_0_news_1 = Macro(environment, macro, 'news_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_15 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_15.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wanted to share a bit of news: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_15)
        context.exported_vars.add('news_2')
        context.vars['news_2'] = l_0_news_2 = Macro(environment, macro, 'news_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_16 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_16.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Here is what has changed on my side: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_16)
        context.exported_vars.add('news_3')
        context.vars['news_3'] = l_0_news_3 = Macro(environment, macro, 'news_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_17 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_17.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It has been a while since my application for the %(role)s role, and I wanted to send you my best.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_17)
        context.exported_vars.add('hello_1')
        context.vars['hello_1'] = l_0_hello_1 = Macro(environment, macro, 'hello_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_18 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_18.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("It's been a few months since I applied for the %(role)s role, and I wanted to send a quick hello.", role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_18)
        context.exported_vars.add('hello_2')
        context.vars['hello_2'] = l_0_hello_2 = Macro(environment, macro, 'hello_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_19 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_19.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope all is well with you; I still follow the work of %(company)s with interest.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_19)
        context.exported_vars.add('hello_3')
        context.vars['hello_3'] = l_0_hello_3 = Macro(environment, macro, 'hello_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_20 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_20.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It has been a while since we spoke about the %(role)s role, and I wanted to say hello; I hope all is well with you and the team.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_20)
        context.exported_vars.add('hello_met_1')
        context.vars['hello_met_1'] = l_0_hello_met_1 = Macro(environment, macro, 'hello_met_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_21 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_21.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Some months on from our conversations about the %(role)s role, I wanted to send you my best.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_21)
        context.exported_vars.add('hello_met_2')
        context.vars['hello_met_2'] = l_0_hello_met_2 = Macro(environment, macro, 'hello_met_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_22 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_22.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I enjoyed our conversations about the %(role)s role and wanted to send my best wishes.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_22)
        context.exported_vars.add('hello_met_3')
        context.vars['hello_met_3'] = l_0_hello_met_3 = Macro(environment, macro, 'hello_met_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_23 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_23.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope all has been going well for you and the team since we talked about the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_23)
        context.exported_vars.add('hello_met_4')
        context.vars['hello_met_4'] = l_0_hello_met_4 = Macro(environment, macro, 'hello_met_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_24 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_24.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("It's been a few months since I applied for the %(role)s role, and I wanted to send my best wishes to you all.", role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_24)
        context.exported_vars.add('hello_team_1')
        context.vars['hello_team_1'] = l_0_hello_team_1 = Macro(environment, macro, 'hello_team_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_25 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_25.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I applied for the %(role)s role some months ago and hope all is going well for the team; I still follow your work with interest.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_25)
        context.exported_vars.add('hello_team_2')
        context.vars['hello_team_2'] = l_0_hello_team_2 = Macro(environment, macro, 'hello_team_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_26 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_26.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Some months after my application for the %(role)s role, I wanted to send my best to the team.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_26)
        context.exported_vars.add('hello_team_3')
        context.vars['hello_team_3'] = l_0_hello_team_3 = Macro(environment, macro, 'hello_team_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_27 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_27.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope all is well with you; I still think back to our work on the %(role)s search.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_27)
        context.exported_vars.add('hello_agency_1')
        context.vars['hello_agency_1'] = l_0_hello_agency_1 = Macro(environment, macro, 'hello_agency_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_28 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_28.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('It has been a while since we worked together on the %(role)s search, and I wanted to say hello.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_28)
        context.exported_vars.add('hello_agency_2')
        context.vars['hello_agency_2'] = l_0_hello_agency_2 = Macro(environment, macro, 'hello_agency_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_29 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_29.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wanted to check in and say hello; I hope your searches are going well.')),
            )
            return concat(t_29)
        context.exported_vars.add('hello_agency_3')
        context.vars['hello_agency_3'] = l_0_hello_agency_3 = Macro(environment, macro, 'hello_agency_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=18&3=30&4=42&6=55&7=67&8=79&10=92&11=111&12=123&14=136&15=155&16=167&18=180&19=192&20=204&22=217&23=229&24=241&25=253&26=265&27=277&28=289&29=301&30=313&31=325&32=337&33=349&34=361'
    return locals()
