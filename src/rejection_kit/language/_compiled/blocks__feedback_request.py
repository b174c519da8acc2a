"""blocks/feedback_request.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '34ac627a46eb7125baf1c6e661127ae7'
JINJA = '3.1.6'
MACROS = (('hedged_1', ('c',)), ('hedged_2', ('c',)), ('hedged_3', ('c',)), ('colleague_1', ('c',)), ('colleague_2', ('c',)), ('colleague_3', ('c',)), ('agency_1', ('c',)), ('agency_2', ('c',)), ('agency_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/feedback_request.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_hedged_1 = l_0_hedged_2 = l_0_hedged_3 = l_0_colleague_1 = l_0_colleague_2 = l_0_colleague_3 = l_0_agency_1 = l_0_agency_2 = l_0_agency_3 = missing
        pass
        def macro(l_1_c):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if environment.getattr(l_1_c, 'later_stage'):
                pass
                t_1.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If you're able to share any feedback on my interviews, I'd be grateful; I completely understand if that isn't possible.")),
                )
            else:
                pass
                t_1.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If you're able to share any feedback on my application, I'd be grateful; I completely understand if that isn't possible.")),
                )
            return concat(t_1)
        context.exported_vars.add('hedged_1')
        context.vars['hedged_1'] = l_0_hedged_1 = Macro(environment, macro, 'hedged_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('If there is anything you could share about where I could improve, I would appreciate it — and I understand if not.')),
            )
            return concat(t_2)
        context.exported_vars.add('hedged_2')
        context.vars['hedged_2'] = l_0_hedged_2 = Macro(environment, macro, 'hedged_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Should you have a moment, any brief feedback would help me a great deal, though I understand if policy doesn't allow it.")),
            )
            return concat(t_3)
        context.exported_vars.add('hedged_3')
        context.vars['hedged_3'] = l_0_hedged_3 = Macro(environment, macro, 'hedged_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("When you have a moment, I'd really value your thoughts on where I could have been stronger.")),
            )
            return concat(t_4)
        context.exported_vars.add('colleague_1')
        context.vars['colleague_1'] = l_0_colleague_1 = Macro(environment, macro, 'colleague_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be grateful for your honest view of what would make my application stronger next time.")),
            )
            return concat(t_5)
        context.exported_vars.add('colleague_2')
        context.vars['colleague_2'] = l_0_colleague_2 = Macro(environment, macro, 'colleague_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Could we find half an hour in the coming weeks to go over what I could improve?')),
            )
            return concat(t_6)
        context.exported_vars.add('colleague_3')
        context.vars['colleague_3'] = l_0_colleague_3 = Macro(environment, macro, 'colleague_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If %(company)s shared any feedback on my interviews, I'd be grateful to hear it; I understand if not.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_7)
        context.exported_vars.add('agency_1')
        context.vars['agency_1'] = l_0_agency_1 = Macro(environment, macro, 'agency_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Should the client have passed on any comments, I'd be glad to hear them.")),
            )
            return concat(t_8)
        context.exported_vars.add('agency_2')
        context.vars['agency_2'] = l_0_agency_2 = Macro(environment, macro, 'agency_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Any feedback you received would help me prepare for the next one; I understand if there is none.')),
            )
            return concat(t_9)
        context.exported_vars.add('agency_3')
        context.vars['agency_3'] = l_0_agency_3 = Macro(environment, macro, 'agency_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=12&3=31&4=43&6=56&7=68&8=80&10=93&11=105&12=117'
    return locals()
